@echo off
rem Scorecard Kit launcher (release, Windows cmd.exe): finds Java 17 or newer (JAVA_HOME, then PATH), picks the
rem JVM options for the verb, records class data sharing archives on first use under %LOCALAPPDATA%, and runs
rem lib\scorecard-kit.jar with the arguments given. SCORECARD_JAVA_OPTS replaces the JVM options.
rem Kept in step with bin/scorecard (the sh launcher) by LauncherStepTest: same option sets, messages, cache name.
setlocal EnableExtensions DisableDelayedExpansion

set "MIN_JAVA=17"
set "CACHE_NAME=scorecard-kit"
set "MSG_NO_JAVA=scorecard: no Java found (JAVA_HOME is not set and there is no java on PATH): Scorecard Kit needs Java 17 or newer; install one (https://adoptium.net, or `sudo apt install openjdk-17-jre-headless`) and put it on PATH or in JAVA_HOME"
set "MSG_BAD_HOME=scorecard: JAVA_HOME is %%s but %%s is not there: point JAVA_HOME at a Java 17 or newer (the folder holding bin/java), or unset it to use the java on PATH"
set "MSG_TOO_OLD=scorecard: Java %%s (%%s) is too old: Scorecard Kit needs Java 17 or newer; install one (https://adoptium.net, or `sudo apt install openjdk-17-jre-headless`) and put it on PATH or in JAVA_HOME"
set "MSG_NO_JAR=scorecard: %%s is missing: unpack the release again (bin/ and lib/ belong together)"

rem The option sets, one per verb kind, as in bin/scorecard (the reasons are written there).
set "DEFAULT_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
set "TALLY_SCAN_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
set "TALLY_SMALL_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms96m -Xmx96m -Xmn12m -XX:-UsePerfData"
set "TALLY_LARGE_OPTS=-XX:+UseSerialGC -Xms160m -Xmx160m -XX:-UsePerfData"
set "TALLY_LARGE_BYTES=67108864"
set "COLLECT_OPTS=-XX:+UseSerialGC -Xms128m -Xmx128m -XX:-UsePerfData"
set "QUIET_OPTS=-Xlog:cds=off -Xlog:cds+dynamic=off"

for %%I in ("%~dp0..") do set "KIT_HOME=%%~fI"
set "JAR=%KIT_HOME%\lib\scorecard-kit.jar"
if not exist "%JAR%" (
  call :say MSG_NO_JAR "%JAR%"
  exit /b 1
)

rem Java: JAVA_HOME when set (and said so when it is wrong), else java on PATH.
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
  if not exist "%JAVA_HOME%\bin\java.exe" (
    call :say MSG_BAD_HOME "%JAVA_HOME%" "%JAVA_HOME%\bin\java.exe"
    exit /b 1
  )
) else (
  set "JAVA="
  for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
)
if not defined JAVA (
  call :say MSG_NO_JAVA
  exit /b 1
)
rem The version from `java -version` (e.g. openjdk version "17.0.15" or java version "1.8.0_392").
set "VERSION="
for /f "tokens=3" %%V in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do if not defined VERSION set "VERSION=%%~V"
set "MAJOR="
for /f "delims=.-+_ tokens=1,2" %%A in ("%VERSION%") do (
  if "%%A"=="1" (set "MAJOR=%%B") else (set "MAJOR=%%A")
)
if not defined MAJOR set "MAJOR=0"
if %MAJOR% LSS %MIN_JAVA% (
  if not defined VERSION set "VERSION=of unknown version"
  call :say MSG_TOO_OLD "%VERSION%" "%JAVA%"
  exit /b 1
)

rem The verb is the first argument that is not an option.
set "VERB="
for %%A in (%*) do call :verb %%A
set "OPTS=%DEFAULT_OPTS%"
if /i "%VERB%"=="collect" set "OPTS=%COLLECT_OPTS%"
if /i "%VERB%"=="tally" call :tally %*

rem Class data sharing, one archive for tally and one for the rest, under %LOCALAPPDATA%\scorecard-kit, keyed
rem by the install and Java folders; written to a temporary name and renamed; skipped when not writable.
set "ARCHIVE="
if defined SCORECARD_JAVA_OPTS goto run
if not defined LOCALAPPDATA goto run
for %%H in ("%JAVA%") do set "JAVA_DIR=%%~dpH"
set "KEY=%KIT_HOME%|%JAVA_DIR%|%VERSION%"
set "KEY=%KEY:\=_%"
set "KEY=%KEY::=_%"
set "KEY=%KEY: =_%"
set "KEY=%KEY:|=-%"
set "CACHE=%LOCALAPPDATA%\%CACHE_NAME%\cds-%KEY%"
set "ARCHIVE=%CACHE%\scorecard.jsa"
if /i "%VERB%"=="tally" set "ARCHIVE=%CACHE%\scorecard-tally.jsa"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
if not exist "%CACHE%" (set "ARCHIVE=" & goto run)
call :fresh
if not defined FRESH call :record
call :fresh
if not defined FRESH set "ARCHIVE="

:run
if defined SCORECARD_JAVA_OPTS set "OPTS=%SCORECARD_JAVA_OPTS%"
if defined ARCHIVE (
  "%JAVA%" %OPTS% "-XX:SharedArchiveFile=%ARCHIVE%" %QUIET_OPTS% -jar "%JAR%" %*
) else (
  "%JAVA%" %OPTS% -jar "%JAR%" %*
)
exit /b %ERRORLEVEL%

:verb
if defined VERB goto :eof
set "ARG=%~1"
if "%ARG:~0,1%"=="-" goto :eof
set "VERB=%ARG%"
goto :eof

:tally
rem Scans (page images, PDFs) get the default heap; up to 64 MB of returns the small fixed heap; past that the large.
set "SCANS="
set "BYTES=0"
:tally_next
if "%~1"=="" goto tally_pick
if exist "%~1" (
  for %%X in (.png .jpg .jpeg .tif .tiff .pdf) do if /i "%~x1"=="%%X" set "SCANS=1"
  set /a "BYTES+=%~z1/1024" 2>nul
)
shift
goto tally_next
:tally_pick
rem set /a holds 32 bits: the bytes are counted in KB.
set /a "LARGE_KB=%TALLY_LARGE_BYTES%/1024"
if defined SCANS (set "OPTS=%TALLY_SCAN_OPTS%" & goto :eof)
if %BYTES% LEQ %LARGE_KB% (set "OPTS=%TALLY_SMALL_OPTS%") else (set "OPTS=%TALLY_LARGE_OPTS%")
goto :eof

:fresh
rem Whether the archive exists and is not older than the jar (the newer of the two is listed first).
set "FRESH="
if not exist "%ARCHIVE%" goto :eof
for /f "delims=" %%F in ('dir /b /o:-d "%ARCHIVE%" "%JAR%" 2^>nul') do (
  if not defined FIRST_SEEN set "FIRST_SEEN=%%F"
)
for %%N in ("%ARCHIVE%") do if /i "%FIRST_SEEN%"=="%%~nxN" set "FRESH=1"
set "FIRST_SEEN="
goto :eof

:record
rem One run of the verb over a new project, archiving the classes it loaded; then one start with the archive.
set "REC=%CACHE%\rec-%RANDOM%%RANDOM%"
mkdir "%REC%" 2>nul || goto :eof
"%JAVA%" %DEFAULT_OPTS% %QUIET_OPTS% -jar "%JAR%" new "%REC%\p" --org Recording >nul 2>&1 || goto record_done
pushd "%REC%\p"
if /i "%VERB%"=="tally" (
  >"%REC%\nps.csv" echo respondent,group,date,recommend,reason
  >>"%REC%\nps.csv" echo r1,A,2026-01-05,9,fine
  >>"%REC%\nps.csv" echo r2,B,2026-01-06,3,
  "%JAVA%" %DEFAULT_OPTS% "-XX:DumpLoadedClassList=%REC%\classes" %QUIET_OPTS% -jar "%JAR%" tally nps "%REC%\nps.csv" --out "%REC%\report" >nul 2>&1 && "%JAVA%" -Xshare:dump "-XX:SharedClassListFile=%REC%\classes" "-XX:SharedArchiveFile=%REC%\a.jsa" %QUIET_OPTS% -cp "%JAR%" >nul 2>&1
) else (
  "%JAVA%" %DEFAULT_OPTS% "-XX:ArchiveClassesAtExit=%REC%\a.jsa" %QUIET_OPTS% -jar "%JAR%" build --out "%REC%\site" >nul 2>&1
)
popd
if exist "%REC%\a.jsa" "%JAVA%" "-XX:SharedArchiveFile=%REC%\a.jsa" %QUIET_OPTS% -jar "%JAR%" --version >nul 2>&1 && move /y "%REC%\a.jsa" "%ARCHIVE%" >nul 2>&1
:record_done
rmdir /s /q "%REC%" 2>nul
goto :eof

:say
rem Prints the message named by the first argument on standard error, its %%s filled in order with the others
rem (by name and delayed expansion, so that the parentheses and percent signs in it and in paths stay text).
set "A1=%~2"
set "A2=%~3"
setlocal EnableDelayedExpansion
set "LINE=!%~1!"
for /f "tokens=1,2,* delims=|" %%P in ("!LINE:%%s=|!") do set "LINE=%%P!A1!%%Q!A2!%%R"
echo !LINE!>&2
endlocal
goto :eof

@echo off
rem Scorecard Kit launcher (release, Windows): finds Java 17 or newer and runs the kit's jar in ..\lib.
setlocal
java -jar "%~dp0..\lib\scorecard-kit.jar" %*
exit /b %ERRORLEVEL%

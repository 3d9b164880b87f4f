package org.scorecardkit.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.collect.store.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code scorecard collect token create|list|revoke}: the admin tokens that open the live and export pages,
 * kept in the collector's database as hashes only, so a token is shown once, when it is made.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        subcommands = {CollectTokenCommand.Create.class, CollectTokenCommand.ListTokens.class, CollectTokenCommand.Revoke.class},
        description = "Make, list and revoke the admin tokens of the live and export pages.")
final class CollectTokenCommand implements Runnable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to do: create NAME, list or revoke NAME");
    }

    /** Opens the database, runs the work on its tokens and closes it; 1 when it could not be opened. */
    static int withTokens(CollectCommand.DbOption db, Function<TokenStore, Integer> work) {
        Database opened = db.open("collect token");
        if (opened == null) {
            return 1;
        }
        try (opened) {
            return work.apply(opened.tokens());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Make a token and print it, once.")
    static final class Create implements Callable<Integer> {
        @Mixin
        CollectCommand.DbOption db;

        @Parameters(index = "0", paramLabel = "NAME", description = "who or what the token is for, e.g. workshop-laptop")
        String name;

        @Override
        public Integer call() {
            return withTokens(db, tokens -> {
                String token;
                try {
                    token = tokens.create(name);
                } catch (IllegalArgumentException e) {
                    System.err.println("collect token: " + e.getMessage());
                    return 1;
                }
                System.out.println(token);
                System.out.println("This token (\"" + name + "\") cannot be shown again: only its hash is kept. Copy it now;"
                        + " to replace it, revoke it and make another.");
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens made: name, when, active or revoked (never the token).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        CollectCommand.DbOption db;

        @Override
        public Integer call() {
            return withTokens(db, tokens -> {
                List<TokenStore.Token> all = tokens.list();
                if (all.isEmpty()) {
                    System.out.println("No tokens yet: admin pages are off. Make one with: scorecard collect token create NAME");
                    return 0;
                }
                int width = Math.max(4, all.stream().mapToInt(t -> t.name().length()).max().orElse(0));
                System.out.println(String.format("%-" + width + "s  %-20s  %s", "NAME", "CREATED", "STATE"));
                for (TokenStore.Token t : all) {
                    System.out.println(String.format("%-" + width + "s  %-20s  %s", t.name(), when(t.created()),
                            t.active() ? "active" : "revoked " + when(t.revoked())));
                }
                return 0;
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke the active token of that name: it opens nothing from now on.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        CollectCommand.DbOption db;

        @Parameters(index = "0", paramLabel = "NAME", description = "the token's name, as token list shows it")
        String name;

        @Override
        public Integer call() {
            return withTokens(db, tokens -> {
                if (!tokens.revoke(name)) {
                    System.err.println("collect token: no active token named \"" + name + "\"; see scorecard collect token list");
                    return 1;
                }
                System.out.println("Revoked token \"" + name + "\": it opens nothing from now on.");
                return 0;
            });
        }
    }

    private static String when(Instant t) {
        return t == null ? "" : WHEN.format(t);
    }
}

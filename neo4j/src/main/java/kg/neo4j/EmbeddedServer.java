package kg.neo4j;

import java.io.DataInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.logging.InternalLog;
import org.neo4j.logging.log4j.Log4jLogProvider;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;

/**
 * Neo4j Community in-process with only a loopback Bolt connector, for development and tests where
 * neither Docker nor the server tarball is available.
 *
 * <p>Protocol with whoever launched it (src/embedded/neo4j.ts): exactly one stdout line starting
 * with {@code KG_NEO4J_READY <uri>} once Bolt completes a handshake, or {@code KG_NEO4J_FAILED
 * <reason>} followed by a non-zero exit. The password comes from the environment, not argv, so it
 * does not show up in {@code ps}. With {@code --exit-on-stdin-eof} it stops once stdin closes, so an
 * instance started by a service dies with that service even when the service is killed outright.
 */
public final class EmbeddedServer {
  static final String READY = "KG_NEO4J_READY";
  static final String FAILED = "KG_NEO4J_FAILED";
  static final String STOPPED = "KG_NEO4J_STOPPED";
  static final String PASSWORD_ENV = "KG_NEO4J_PASSWORD";

  private static final String USAGE =
      "usage: EmbeddedServer [--home DIR] [--bolt-port N] [--pagecache SIZE] [--auth USER]"
          + " [--exit-on-stdin-eof]  (password for --auth in env "
          + PASSWORD_ENV
          + ")";

  private EmbeddedServer() {}

  record Options(Path home, int boltPort, long pageCacheBytes, String authUser, boolean exitOnStdinEof) {}

  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(USAGE);
      fail(e.getMessage(), null);
      return;
    }

    Path logs = options.home().resolve("logs");
    OutputStream userLogFile;
    try {
      Files.createDirectories(logs);
      userLogFile = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);
    } catch (IOException | RuntimeException e) {
      fail("cannot write logs under " + logs.toAbsolutePath() + ": " + e, null);
      return;
    }
    Log4jLogProvider userLogs = new Log4jLogProvider(userLogFile);
    InternalLog log = userLogs.getLog(EmbeddedServer.class);

    DatabaseManagementService dbms;
    try {
      dbms = start(options, userLogs, log);
    } catch (Throwable e) {
      log.error("Neo4j failed to start", e);
      fail(rootMessage(e), userLogs);
      return;
    }

    // A shutdown hook is what SIGTERM/SIGINT (and System.exit from the stdin watcher) run, and an
    // orderly dbms.shutdown() is what spares the next start a store recovery.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Stopping Neo4j");
                  dbms.shutdown();
                  log.info("Neo4j stopped");
                  System.out.println(STOPPED);
                  System.out.flush();
                  userLogs.close();
                },
                "kg-neo4j-shutdown"));

    if (options.exitOnStdinEof()) {
      watchStdin();
    }

    String uri = "bolt://127.0.0.1:" + options.boltPort();
    log.info("Bolt answering at " + uri);
    System.out.println(READY + " " + uri);
    System.out.flush();
  }

  static Options parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    boolean exitOnStdinEof = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--exit-on-stdin-eof")) {
        exitOnStdinEof = true;
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      }
      String key;
      String value;
      int eq = arg.indexOf('=');
      if (eq > 0) {
        key = arg.substring(2, eq);
        value = arg.substring(eq + 1);
      } else {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + arg + " needs a value");
        }
        key = arg.substring(2);
        value = args[++i];
      }
      values.put(key, value);
    }

    Path home = Path.of(values.getOrDefault("home", ".neo4j/dev")).toAbsolutePath().normalize();
    values.remove("home");

    String portText = values.getOrDefault("bolt-port", "7687");
    values.remove("bolt-port");
    int port;
    try {
      port = Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad --bolt-port '" + portText + "'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("bad --bolt-port '" + portText + "'");
    }

    String pageCacheText = values.getOrDefault("pagecache", "256m");
    values.remove("pagecache");
    long pageCache;
    try {
      pageCache = SettingValueParsers.BYTES.parse(pageCacheText);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("bad --pagecache '" + pageCacheText + "' (use e.g. 256m or 1g)");
    }

    String authUser = values.remove("auth");
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("unknown option --" + values.keySet().iterator().next());
    }
    if (authUser != null) {
      String password = System.getenv(PASSWORD_ENV);
      if (password == null || password.isEmpty()) {
        throw new IllegalArgumentException("--auth needs the password in env " + PASSWORD_ENV);
      }
    }
    return new Options(home, port, pageCache, authUser, exitOnStdinEof);
  }

  private static DatabaseManagementService start(Options options, Log4jLogProvider userLogs, InternalLog log)
      throws IOException {
    log.info(
        "Starting Neo4j in " + options.home() + " with Bolt on 127.0.0.1:" + options.boltPort());
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(options.home())
            .setUserLogProvider(userLogs)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.boltPort()))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", options.boltPort()))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // Both default to 5 s and are spent even with no client connected: a stop took 10 s.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
            .setConfig(GraphDatabaseSettings.auth_enabled, options.authUser() != null)
            // Machines here have no internet; a usage ping would only time out.
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            .build();
    try {
      waitAvailable(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME));
      if (options.authUser() != null) {
        setPassword(dbms, options.authUser(), System.getenv(PASSWORD_ENV), log);
      }
      waitAvailable(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
      // The connector binds during build(), but a handshake is the only proof a driver will get
      // an answer, and READY promises exactly that.
      boltHandshake(options.boltPort());
      return dbms;
    } catch (IOException | RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
  }

  private static void waitAvailable(GraphDatabaseService db) {
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      throw new IllegalStateException("database '" + db.databaseName() + "' did not become available");
    }
  }

  /**
   * Embedded has no neo4j-admin set-initial-password, but in-process queries on the system database
   * run with full rights, so ALTER USER does the same. Checked on every start, so a changed
   * NEO4J_PASSWORD takes effect on an existing home.
   */
  private static void setPassword(DatabaseManagementService dbms, String user, String password, InternalLog log) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    if (passwordAlreadySet(system, user, password)) {
      log.info("Auth enabled; password for user '" + user + "' unchanged");
      return;
    }
    Map<String, Object> params = Map.of("user", user, "password", password);
    system.executeTransactionally(
        "CREATE USER $user IF NOT EXISTS SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally(
          "ALTER USER $user SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to its current value; that is the state we want,
      // only the change-required flag may still need clearing.
      if (!String.valueOf(rootMessage(e)).contains("cannot be the same")) {
        throw e;
      }
      system.executeTransactionally("ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", params);
    }
    log.info("Auth enabled; password set for user '" + user + "'");
  }

  /**
   * The first Cypher statement of a JVM costs seconds (the planner warms up), so a restart with an unchanged
   * password reads the system graph directly instead. Any surprise in its layout means "not set": the Cypher
   * path then does the work.
   */
  private static boolean passwordAlreadySet(GraphDatabaseService system, String user, String password) {
    try (Transaction tx = system.beginTx()) {
      Node node = tx.findNode(Label.label("User"), "name", user);
      if (node == null
          || !Boolean.FALSE.equals(node.getProperty("passwordChangeRequired", null))
          || !(node.getProperty("credentials", null) instanceof String credentials)) {
        return false;
      }
      return SystemGraphCredential.deserialize(credentials, new SecureHasher())
          .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
    } catch (Exception | LinkageError e) {
      return false;
    }
  }

  private static void boltHandshake(int port) throws IOException {
    // Magic preamble, then four proposed versions as [0, range, minor, major]: 5.0-5.8 and 4.4.
    byte[] hello = {
      0x60, 0x60, (byte) 0xB0, 0x17,
      0, 8, 8, 5,
      0, 0, 4, 4,
      0, 0, 0, 0,
      0, 0, 0, 0
    };
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), (int) Duration.ofSeconds(10).toMillis());
      socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
      socket.getOutputStream().write(hello);
      socket.getOutputStream().flush();
      int agreed = new DataInputStream(socket.getInputStream()).readInt();
      if (agreed == 0) {
        throw new IOException("Bolt on port " + port + " accepted none of the proposed versions");
      }
    }
  }

  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              byte[] buffer = new byte[256];
              try {
                while (in.read(buffer) >= 0) {
                  // Content is irrelevant; only end-of-stream (the parent is gone) matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same as end-of-stream.
              }
              System.exit(0);
            },
            "kg-neo4j-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
        message.append(": ").append(cause.getMessage());
      }
    }
    return message.toString().replace('\n', ' ');
  }

  private static void fail(String reason, Log4jLogProvider userLogs) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(FAILED + " " + reason);
    if (userLogs != null) {
      userLogs.close();
    }
    System.exit(1);
  }
}

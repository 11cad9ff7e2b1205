package vn.laichau.sxd.thidua.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One application node: a JVM started from the built jar, its output in a log file of its own. */
final class ClusterNode implements AutoCloseable {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final String name;
  final int port;
  private final Path jar;
  private final String databaseUrl;
  private final Path log;
  private Process process;

  ClusterNode(String name, Path jar, String databaseUrl, Path directory) throws IOException {
    this.name = name;
    this.port = freePort();
    this.jar = jar;
    this.databaseUrl = databaseUrl;
    this.log = directory.resolve(name + ".log");
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  ClusterNode start() throws IOException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx600m",
        "-jar", jar.toString(),
        "--server.port=" + port,
        "--spring.profiles.active=demo",
        "--spring.datasource.url=" + databaseUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=",
        "--thidua.node-name=" + name,
        "--thidua.demo.open-registration=false"));
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return this;
  }

  /** Waits until the node answers its health check, or fails with the end of its log. */
  void awaitHealthy(Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " stopped while starting; see " + log);
      }
      try {
        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError(name + " not healthy after " + limit + "; see " + log);
  }

  /** SIGKILL: no shutdown hook, no connection closed politely, jobs left locked. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  File log() {
    return log.toFile();
  }

  @Override
  public void close() throws InterruptedException {
    if (alive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}

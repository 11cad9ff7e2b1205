package vn.laichau.sxd.thidua.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of the nodes, as docs/operations.md shows it: round-robin, no
 * stickiness, a request that cannot reach a node (refused, reset before an answer) passed to the
 * next one when it may be repeated (reads; a write only if it never reached the node).
 */
final class LoadBalancer implements AutoCloseable {

  final int port;
  private final Process process;

  LoadBalancer(List<ClusterNode> nodes, Path directory) throws IOException {
    this.port = ClusterNode.freePort();
    Path prefix = Files.createDirectories(directory.resolve("nginx")).toAbsolutePath();
    String servers = nodes.stream().map(node -> "    server 127.0.0.1:" + node.port + " max_fails=1 fail_timeout=2s;")
        .collect(Collectors.joining("\n"));
    String conf = """
        worker_processes 1;
        error_log %1$s/error.log warn;
        pid %1$s/nginx.pid;
        events { worker_connections 512; }
        http {
          access_log off;
          client_body_temp_path %1$s/body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          upstream thidua {
        %2$s
            keepalive 16;
          }
          server {
            listen 127.0.0.1:%3$d;
            client_max_body_size 64m;
            location / {
              proxy_pass http://thidua;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $remote_addr;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_next_upstream error timeout http_502 http_503;
              proxy_connect_timeout 2s;
              proxy_read_timeout 120s;
            }
          }
        }
        """.formatted(prefix, servers, port);
    Path file = prefix.resolve("nginx.conf");
    Files.writeString(file, conf);
    process = new ProcessBuilder(nginx(), "-p", prefix.toString(), "-c", file.toString(), "-g", "daemon off;")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(prefix.resolve("nginx.out").toFile())).start();
  }

  private static String nginx() {
    for (String candidate : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new AssertionError("nginx is not installed (apt-get install nginx; .ci/run installs it)");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}

package vn.laichau.sxd.thidua;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP calls against the running test application: the REST APIs with Basic auth, the webapps with a session. */
public final class Http {

  public static final String DEMO_PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  /** One client, as a browser keeps its connections: a client per request would start threads of its own each time. */
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public Http(int port) {
    this.base = "http://localhost:" + port;
  }

  public record Response(int status, String body, HttpHeaders headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  public Response get(String path, String user) {
    return send(request(path, user).GET(), client);
  }

  /** A file's bytes, failing unless the answer is 200. */
  public byte[] bytes(String path, String user) {
    try {
      HttpResponse<byte[]> response = client.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError(path + " answered " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
      }
      return response.body();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A multipart form: the text fields, then the file under the name {@code file}. */
  public Response multipart(String path, String user, java.util.Map<String, String> fields, String fileName, byte[] content) {
    String boundary = "thidua-boundary";
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
        + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), client);
  }

  public Response post(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), client);
  }

  public Response post(String path, String user, String contentType, String body) {
    return send(request(path, user).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)), client);
  }

  public Response put(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), client);
  }

  public Response delete(String path, String user) {
    return send(request(path, user).DELETE(), client);
  }

  /** Raw request, for headers that a test needs to set itself. */
  public Response send(HttpRequest.Builder builder) {
    return send(builder, client);
  }

  public HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      String credentials = user + ":" + DEMO_PASSWORD;
      builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  /** Logs in to a Camunda webapp as a browser does (session cookie and CSRF token). */
  public Webapp login(String app, String user, String password) {
    return login(app, user, password, "127.0.0.1");
  }

  /** The same from a given client address, as a proxy in front of the application reports it (X-Forwarded-For). */
  public Webapp login(String app, String user, String password, String clientAddress) {
    Webapp webapp = new Webapp();
    webapp.get("/camunda/app/" + app + "/");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    webapp.lastLogin = webapp.send(webapp.withToken(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app)))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", clientAddress)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    // Login starts a new session, whose CSRF token arrives with the next response.
    webapp.get("/camunda/api/admin/auth/user/default");
    return webapp;
  }

  public final class Webapp {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private Response lastLogin;

    public Response loginResponse() {
      return lastLogin;
    }

    public Response get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
      return send(withToken(HttpRequest.newBuilder(URI.create(base + path)))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request in this session, with its CSRF token, for any method. */
    public HttpRequest.Builder request(String path) {
      return withToken(HttpRequest.newBuilder(URI.create(base + path)));
    }

    private HttpRequest.Builder withToken(HttpRequest.Builder builder) {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
          .map(HttpCookie::getValue).map(token -> builder.header("X-XSRF-TOKEN", token)).orElse(builder);
    }

    public Response send(HttpRequest.Builder builder) {
      return Http.send(builder, client);
    }
  }

  private static Response send(HttpRequest.Builder builder, HttpClient client) {
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

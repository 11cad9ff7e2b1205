package vn.laichau.sxd.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.laichau.sxd.thidua.api.PayloadTooLargeException;

/**
 * Refuses a request body over the configured size (413, Vietnamese) before anything reads it: by
 * its declared length at once, or, for a body sent without one, as soon as reading passes the
 * limit. The organisation and evaluation imports and the dossier files have their own, larger limit.
 */
class RequestSizeLimit extends OncePerRequestFilter {

  private final long limit;
  private final long importLimit;

  RequestSizeLimit(DataSize limit, DataSize importLimit) {
    this.limit = limit.toBytes();
    this.importLimit = importLimit.toBytes();
  }

  static boolean isUpload(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod())
        && (path.equals("/api/organisation") || path.startsWith("/api/evaluations/") || path.startsWith("/api/dossiers/")
            || path.startsWith("/api/documents/templates/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long allowed = isUpload(request) ? importLimit : limit;
    if (request.getContentLengthLong() > allowed) {
      tooLarge(response);
      return;
    }
    if (request.getContentLengthLong() >= 0) {
      chain.doFilter(request, response);
      return;
    }
    try {
      chain.doFilter(new Limited(request, allowed), response);
    } catch (IOException | ServletException | RuntimeException e) {
      // A filter that reads the body (the query guards) meets the limit before any endpoint can answer it.
      if (!PayloadTooLargeException.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      tooLarge(response);
    }
  }

  private static void tooLarge(HttpServletResponse response) throws IOException {
    Refusal.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
  }

  /** A body without a declared length, cut off at the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long allowed;

    Limited(HttpServletRequest request, long allowed) {
      super(request);
      this.allowed = allowed;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          count(b < 0 ? 0 : 1);
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          count(Math.max(n, 0));
          return n;
        }

        private void count(int n) throws PayloadTooLargeException {
          read += n;
          if (read > allowed) {
            throw new PayloadTooLargeException();
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }

    @Override
    public BufferedReader getReader() throws IOException {
      return new BufferedReader(new InputStreamReader(getInputStream(),
          getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding()));
    }
  }
}

package org.mercato.adapters.in.rest.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The error page of the API WAR: failures the servlet container raises itself (most often a bearer
 * token the MicroProfile JWT mechanism refuses) answer as problem details too, with their status kept.
 */
@WebServlet("/container-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final Map<Integer, String[]> KNOWN = Map.of(
            400, new String[] {"bad-request", "Bad Request", "The request could not be read."},
            401, new String[] {"unauthorized", "Unauthorized", "A valid bearer token is required: POST /api/v1/auth/token."},
            403, new String[] {"forbidden", "Forbidden", "This credential does not allow this request."},
            404, new String[] {"not-found", "Not Found", "There is nothing at this address."},
            405, new String[] {"method-not-allowed", "Method Not Allowed", "This address does not support that method."},
            413, new String[] {"payload-too-large", "Request Entity Too Large", "The request body is too large."});

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String[] known = KNOWN.getOrDefault(status, status >= 500
                ? new String[] {"internal-error", "Internal Server Error", "Something went wrong on our side."}
                : new String[] {"http-" + status, "HTTP " + status, null});
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401 && response.getHeader("WWW-Authenticate") == null) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"mercato\"");
        }
        response.getWriter().write("{\"type\":\"" + ProblemDetail.type(known[0]) + "\",\"title\":\"" + known[1]
                + "\",\"status\":" + status + (known[2] == null ? "" : ",\"detail\":\"" + known[2] + "\"")
                + ",\"instance\":\"" + jsonEscape(uri) + "\"}");
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package dk.renos.quote;

import dk.renos.testsupport.Role;
import dk.renos.testsupport.ServiceHttp;
import java.net.http.HttpResponse;

/**
 * The quote API over real HTTP as staff call it through the gateway: with the gateway's signed
 * token for a STAFF user (the named one, else test-support's default staff user). The one place the
 * ITs of this module make write calls, so a change in how callers identify themselves is one edit.
 */
public final class QuoteApi {

  private final int port;

  private QuoteApi(int port) {
    this.port = port;
  }

  public static QuoteApi on(int port) {
    return new QuoteApi(port);
  }

  public HttpResponse<String> get(String path) {
    return as(null).get(path);
  }

  public HttpResponse<String> post(String path, String json, String staffUser) {
    return json == null ? as(staffUser).post(path) : as(staffUser).postJson(path, json);
  }

  public HttpResponse<String> patch(String path, String json, String staffUser) {
    return as(staffUser).patchJson(path, json);
  }

  private ServiceHttp as(String staffUser) {
    ServiceHttp http = ServiceHttp.on(port);
    return staffUser == null ? http.as(Role.STAFF) : http.as(staffUser, Role.STAFF, null);
  }
}

import type { FailureClass } from "./FailureClass.ts";

/**
 * An HTTP(S) proxy between the client and the endpoint refused or failed the CONNECT tunnel.
 * Worded apart from the endpoint's own failures because the fix is the proxy settings
 * (HTTPS_PROXY / NO_PROXY, proxy credentials), not the endpoint.
 */
export const proxyClasses: readonly FailureClass[] = [
  {
    id: "proxy.failed",
    layer: "proxy",
    summary: "the request went through a proxy, and the proxy refused or failed to open the tunnel",
    confirm:
      "check HTTPS_PROXY / HTTP_PROXY / NO_PROXY in the client's environment; `curl -v -x <proxy> https://<host>/` shows the proxy's answer to CONNECT (407 means it wants credentials)",
    wordings: [
      { text: "complete socks5 connection to", source: "curl/curl lib/socks.c" },
      { text: "proxy connection could not be established", source: "excon/excon lib/excon/ssl_socket.rb" },
      { text: "clientproxyconnectionerror", source: "aio-libs/aiohttp aiohttp/client_exceptions.py" },
      { text: "proxy_error}", source: "benoitc/hackney src/hackney_http_connect.erl" },
      { text: "proxy_auth_error", source: "benoitc/hackney src/hackney_http_connect.erl" },
      {
        text: "socks server failed to connect to the destination",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
      // curl: (5) and (56).
      { text: "could not resolve proxy name", source: "curl/curl lib/strerror.c" },
      { text: "couldn't resolve proxy name", source: "curl/curl lib/strerror.c" },
      { text: "curl: (5)", source: "curl/curl src/tool_operate.c" },
      { text: "could not resolve proxy:", source: "curl/curl lib/vdns/asyn-base.c" },
      { text: "connect tunnel failed, response", source: "curl/curl lib/cf-h1-proxy.c" },
      { text: "proxy connect aborted", source: "curl/curl lib/cf-h1-proxy.c" },
      // urllib3 / requests.
      { text: "unable to connect to proxy", source: "urllib3/urllib3 src/urllib3/connection.py" },
      { text: "tunnel connection failed:", source: "urllib3/urllib3 src/urllib3/connection.py" },
      { text: "proxyerror", source: "urllib3/urllib3 src/urllib3/connection.py" },
      // urllib3 1.x: `ProxyError('Cannot connect to proxy.', …)`.
      { text: "cannot connect to proxy", source: "urllib3/urllib3 src/urllib3/connectionpool.py" },
      // Go's net/http wraps every failure on the way to the proxy as the "proxyconnect" op:
      // `proxyconnect tcp: dial tcp 10.0.0.1:3128: connect: connection refused`.
      { text: "proxyconnect tcp:", source: "golang/go src/net/http/transport.go" },
      // The 407 reason phrase, whichever client prints the proxy's answer.
      { text: "proxy authentication required", source: "golang/go src/net/http/status.go" },
      // The JDK's HttpURLConnection: `Unable to tunnel through proxy. Proxy returns "HTTP/1.1 407 …"`.
      {
        text: "unable to tunnel through proxy",
        source: "openjdk/jdk src/java.base/share/classes/sun/net/www/protocol/http/HttpURLConnection.java",
      },
      // .NET HttpClient: `The proxy tunnel request to proxy 'http://proxy:3128/' failed with status code '407'.`
      {
        text: "the proxy tunnel request to proxy",
        source: "dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx",
      },
      // curl before 7.70: `Received HTTP code 407 from proxy after CONNECT`.
      { text: "from proxy after connect", source: "curl/curl lib/http_proxy.c" },
      // OkHttp.
      {
        text: "failed to authenticate with proxy",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/ConnectPlan.kt",
      },
      {
        text: "unexpected response code for connect:",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/ConnectPlan.kt",
      },
      {
        text: "too many tunnel connections attempted",
        source: "square/okhttp okhttp/src/commonJvmAndroid/kotlin/okhttp3/internal/connection/ConnectPlan.kt",
      },
      // undici ProxyAgent: `Proxy response (407) !== 200 when HTTP Tunneling`.
      { text: "when http tunneling", source: "nodejs/undici lib/dispatcher/proxy-agent.js" },
      // grpc-js http_proxy.ts: `Failed to connect to proxy <addr> with error …`. (Its "… through
      // proxy …" phrase is left out: the success trace uses it too.)
      { text: "failed to connect to proxy", source: "grpc/grpc-node packages/grpc-js/src/http_proxy.ts" },
      // grpc-go's CONNECT through HTTPS_PROXY.
      { text: "failed to do connect handshake", source: "grpc/grpc-go internal/transport/proxy.go" },
      // hyper-util's tunnel (reqwest): `tunnel error: proxy authorization required`.
      { text: "tunnel error:", source: "hyperium/hyper-util src/client/legacy/connect/proxy/tunnel.rs" },
      {
        text: "proxy authorization required",
        source: "hyperium/hyper-util src/client/legacy/connect/proxy/tunnel.rs",
      },
    ],
  },
];

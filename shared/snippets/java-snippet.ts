import { type SnippetParams, snippetValues } from './snippet-params';

/** A Java string literal; JSON's escapes (\", \\, \n, \uXXXX) are all valid in Java. */
const java = (value: string) => JSON.stringify(value);

export const JAVA_CLASS_NAME = 'SalesforceJwtLogin';

/**
 * JDK 11+ only (`javac --release 11`: no text blocks, no `\s` escape): java.security.Signature (SHA256withRSA =
 * RS256) and java.net.http. The JDK reads PKCS#8 keys only, hence the openssl line for a PKCS#1 file. Answers
 * are read with regular expressions to stay free of JSON libraries; one that is not a JSON object (an HTML page)
 * stops the program with its status and first bytes. Written with String.raw, so the Java source below is
 * exactly what is printed.
 */
export function javaSnippet(params: SnippetParams): string {
  const values = snippetValues(params);
  return String.raw`// Salesforce OAuth 2.0 JWT Bearer login, JDK 11+ only. Save as ${JAVA_CLASS_NAME}.java, then:
//   javac ${JAVA_CLASS_NAME}.java && java ${JAVA_CLASS_NAME}
// The JDK reads PKCS#8 keys only; convert a PKCS#1 ("RSA PRIVATE KEY") file with:
//   openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class ${JAVA_CLASS_NAME} {
    static final String CLIENT_ID = ${java(values.clientId)};
    static final String USERNAME = ${java(values.username)};
    static final String AUDIENCE = ${java(values.aud)};
    static final String TOKEN_URL = ${java(values.tokenUrl)};
    static final String KEY_FILE = ${java(values.keyFile)};
    static final String API_VERSION = ${java(values.apiVersion)};

    public static void main(String[] args) throws Exception {
        long exp = System.currentTimeMillis() / 1000 + ${values.lifetimeSeconds};
        String header = base64Url("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64Url(("{\"iss\":" + json(CLIENT_ID) + ",\"sub\":" + json(USERNAME)
                + ",\"aud\":" + json(AUDIENCE) + ",\"exp\":" + exp + "}").getBytes(StandardCharsets.UTF_8));
        String signingInput = header + "." + claims;

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(readPrivateKey(Path.of(KEY_FILE)));
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        String assertion = signingInput + "." + base64Url(signer.sign());

        String form = "grant_type=" + URLEncoder.encode(${java(values.grant)}, StandardCharsets.UTF_8)
                + "&assertion=" + URLEncoder.encode(assertion, StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String accessToken = field(response.body(), "access_token");
        if (response.statusCode() != 200 || accessToken == null) stop("Login", response);
        // The access token is a password for the API: use it, never print or log it.
        String instanceUrl = field(response.body(), "instance_url");

        String query = instanceUrl + "/services/data/v" + API_VERSION + "/query?q="
                + URLEncoder.encode(${java(values.query)}, StandardCharsets.UTF_8);
        HttpRequest queryRequest = HttpRequest.newBuilder(URI.create(query))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build();
        HttpResponse<String> answer = http.send(queryRequest, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.body().trim().startsWith("{")) stop("Query", answer);
        String orgName = field(answer.body(), "Name");
        System.out.println("{\"instance_url\":" + json(instanceUrl) + ",\"org_name\":" + json(orgName == null ? "" : orgName) + "}");
    }

    static void stop(String what, HttpResponse<String> response) {
        String body = response.body();
        String excerpt = body.length() > ${values.excerptChars} ? body.substring(0, ${values.excerptChars}) : body;
        System.err.println(what + " failed: HTTP " + response.statusCode() + ": " + excerpt);
        System.exit(1);
    }

    static PrivateKey readPrivateKey(Path path) throws Exception {
        String base64 = Files.readAllLines(path).stream()
                .filter(line -> !line.startsWith("-----"))
                .collect(Collectors.joining())
                .trim();
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A string field of a JSON object, the last one of that name; null when absent or not JSON at all. */
    static String field(String body, String name) {
        if (!body.trim().startsWith("{")) return null;
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
        String value = null;
        while (m.find()) value = m.group(1).replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\");
        return value;
    }
}
`;
}

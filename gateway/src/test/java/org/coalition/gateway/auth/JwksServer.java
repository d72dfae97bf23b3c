package org.coalition.gateway.auth;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.util.KeyUtils;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;
import org.coalition.gateway.AccessFixtures;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/** An external OpenID Connect provider's JWKS endpoint, serving the public half of other-private.pem. */
public class JwksServer implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://login.ministry.example/realms/moeys";
    public static final String AUDIENCE = "coalition";
    public static final String KEY_ID = "ministry-1";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyUtils.decodePrivateKey(
                    Files.readString(AccessFixtures.KEYS.resolve("other-private.pem")));
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            RsaJsonWebKey jwk = new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) publicKey);
            jwk.setKeyId(KEY_ID);
            jwk.setAlgorithm("RS256");
            jwk.setUse("sig");
            byte[] jwks = new JsonWebKeySet(jwk).toJson().getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return Map.of("access.oidc.issuer", ISSUER,
                    "access.oidc.jwks-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks",
                    "access.oidc.audience", AUDIENCE);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the JWKS server", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}

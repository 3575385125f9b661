package io.cameljiko.component;

/** The documented Jiko environments (jiko-api.md section 2.2). */
public enum JikoEnvironment {
    sandbox("https://customer-api.sandbox-api.jikoservices.com",
            "https://authentication-portal.sandbox-api.jikoservices.com/api/oauth2/token"),
    production("https://api.business.jiko.io", "https://auth.jiko.io/api/oauth2/token");

    private final String baseUrl;
    private final String tokenUrl;

    JikoEnvironment(String baseUrl, String tokenUrl) {
        this.baseUrl = baseUrl;
        this.tokenUrl = tokenUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String tokenUrl() {
        return tokenUrl;
    }
}

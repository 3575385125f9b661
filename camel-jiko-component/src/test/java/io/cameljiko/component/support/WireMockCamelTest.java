package io.cameljiko.component.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh WireMock (token endpoint stubbed) and a started CamelContext using client credentials, per test. */
public abstract class WireMockCamelTest {

    protected JikoWireMock wm;
    protected Camel camel;

    @BeforeEach
    void startWireMockAndCamel() {
        wm = new JikoWireMock();
        camel = Camel.withClientCredentials(wm);
    }

    @AfterEach
    void stopWireMockAndCamel() {
        camel.close();
        wm.close();
    }
}

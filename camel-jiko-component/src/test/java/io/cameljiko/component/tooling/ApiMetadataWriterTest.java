package io.cameljiko.component.tooling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiMetadataWriterTest {

    @Test
    void anAlreadyRewrittenJikoJsonIsLeftAsItIs() throws Exception {
        // what an incremental build hands the writer when camel-package-maven-plugin skipped generation
        String committed = Files.readString(Path.of("src/generated/resources/META-INF/io/cameljiko/component/jiko.json"),
                StandardCharsets.UTF_8);
        assertThat(committed).contains("\"apiProperties\"");
        assertThat(ApiMetadataWriter.rewrite(committed)).isEqualTo(committed);
    }
}

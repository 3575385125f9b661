package io.cameljiko.component.client;


import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cameljiko.component.json.JikoJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** outputType=json pages: each item is exactly its own text of the answer, and next_page is read as before. */
@SuppressWarnings("unchecked")
class JsonItemTextsTest {

    @Test
    void eachItemIsItsOwnTextCutFromTheAnswerEvenWithMultiByteCharacters() throws Exception {
        String first = "{\"id\":\"é-1\",\"memo\":\"caf\u00e9 \u20ac5 \ud83d\ude00\",\"tags\":[1,{\"a\":[]}],\"amount\":12345}";
        String second = "{ \"id\" : \"t-2\",\n  \"amount\" : 7 }";
        String answer = "{\"prev_page\":null,\"items\":[ " + first + " ,\n" + second + "],\"next_page\":\"c2\",\"extra\":{\"x\":[1]}}";
        PageIterator.Page page = JsonItemTexts.read(answer.getBytes(StandardCharsets.UTF_8));
        assertThat((java.util.List<Object>) page.items()).containsExactly(first, second);
        assertThat(page.nextPage()).isEqualTo("c2");
        // the same values as the tree the page used to be read into
        assertThat(JikoJson.MAPPER.readTree((String) page.items().get(0)))
                .isEqualTo(JikoJson.MAPPER.readTree(answer).path("items").get(0));
    }

    @Test
    void aLastPageHasNoNextCursorWhetherNullBlankOrAbsent() throws Exception {
        assertThat(JsonItemTexts.read(bytes("{\"items\":[],\"next_page\":null}")).nextPage()).isNull();
        assertThat(JsonItemTexts.read(bytes("{\"items\":[{\"id\":1}],\"next_page\":\"  \"}")).nextPage()).isNull();
        assertThat((java.util.List<Object>) JsonItemTexts.read(bytes("{\"items\":[{\"id\":1}]}")).items()).containsExactly("{\"id\":1}");
    }

    @Test
    void bareValuesAreWrittenAsJsonAndAnAnswerThatIsNoObjectHasNoItems() throws Exception {
        assertThat((java.util.List<Object>) JsonItemTexts.read(bytes("{\"items\":[\"a\",  2, null]}")).items()).containsExactly("\"a\"", "2", "null");
        PageIterator.Page notAnObject = JsonItemTexts.read(bytes("[1,2]"));
        assertThat(notAnObject.items()).isEmpty();
        assertThat(notAnObject.nextPage()).isNull();
        assertThatThrownBy(() -> JsonItemTexts.read(bytes("[1,}"))).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aBrokenItemFailsTheRead() {
        assertThatThrownBy(() -> JsonItemTexts.read(bytes("{\"items\":[{\"id\":1,}]}"))).isInstanceOf(JsonProcessingException.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package io.cameljiko.component.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cameljiko.component.json.JikoJson;

/**
 * A page for outputType=json: each item is its own text cut out of the answer, so no tree is built and nothing is
 * written again (the text is exactly what Jiko sent). The other top-level fields (next_page...) are read as usual.
 */
final class JsonItemTexts {

    private JsonItemTexts() {
    }

    /** The page's items as JSON texts and its next_page; an answer that is not a JSON object has neither. */
    static PageIterator.Page read(byte[] bytes) throws IOException {
        List<String> items = new ArrayList<>();
        ObjectNode rest = JikoJson.MAPPER.createObjectNode();
        try (JsonParser parser = JikoJson.MAPPER.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren(); // still read to its end, so broken JSON fails as before
                return new PageIterator.Page(List.of(), null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && PageReader.ITEMS.equals(name)) {
                    readItems(parser, bytes, items);
                } else {
                    rest.set(name, parser.readValueAsTree());
                }
            }
        }
        return new PageIterator.Page(items, PageReader.cursor(rest, PageReader.NEXT_PAGE));
    }

    private static void readItems(JsonParser parser, byte[] bytes, List<String> items) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken().isStructStart()) {
                int from = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                int to = (int) parser.currentLocation().getByteOffset();
                items.add(new String(bytes, from, to - from, StandardCharsets.UTF_8));
            } else {
                items.add(parser.readValueAsTree().toString()); // a bare value: written as the tree would
            }
        }
    }
}

package org.interdict.server.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The webhook signature is HMAC-SHA256 of the raw body: RFC 4231 test cases 2 and 1 (key as text).
 */
class WebhookTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Jefe | what do ya want for nothing? | 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "key | The quick brown fox jumps over the lazy dog | f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
      })
  void signsTheBodyWithHmacSha256(String key, String body, String hex) {
    assertThat(Webhook.sign(body.getBytes(StandardCharsets.UTF_8), key)).isEqualTo("sha256=" + hex);
  }
}

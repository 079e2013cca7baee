package org.interdict.text;

import java.util.Random;

/**
 * Random strings mixing ASCII names, other scripts, combining marks, controls and lone surrogates.
 */
public final class RandomText {
  private static final String[] WORDS = {
    "Kaspersky",
    "Лаборатория",
    "Касперского",
    "ООО",
    "AO",
    "Ltd",
    "محمد",
    "张伟",
    "Ἀθῆναι",
    "Müller",
    "O'Brien",
    "L.L.C.",
    "Dr",
    "sheikh",
    "ＦＵＬＬ",
    "ﬁ",
    "İ",
    "ß",
    "ʹ"
  };

  private RandomText() {}

  public static String of(Random random) {
    StringBuilder out = new StringBuilder();
    int parts = random.nextInt(8);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(6)) {
        case 0 -> out.append(WORDS[random.nextInt(WORDS.length)]);
        case 1 -> out.append((char) random.nextInt(0x20));
        case 2 -> out.append((char) (0xD800 + random.nextInt(0x800)));
        case 3 -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        case 4 -> out.append((char) (0x300 + random.nextInt(0x70)));
        default -> out.append(' ');
      }
    }
    return out.toString();
  }
}

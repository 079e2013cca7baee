package org.interdict.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interdict.model.Party;
import org.interdict.screening.stored.binary.BinaryReader;
import org.interdict.screening.stored.binary.BinaryWriter;
import org.interdict.screening.stored.binary.MalformedBinaryException;
import org.interdict.text.NamePipeline;

/**
 * The arrays of a {@link ScreeningIndex} written out and read back, so a stored index needs no
 * normalization and no vocabulary work when loaded. Parties are not part of the image (the caller
 * stores them, generically) and the name texts are taken from them again. Maps are written in key
 * order, so equal indexes give equal bytes. Bump {@link #LAYOUT} whenever the arrays or the way
 * {@link IndexBuilder} fills them change.
 */
public final class IndexImage {
  /**
   * Layout of the image and of what {@link IndexBuilder} puts in it; part of {@link
   * ScreeningIndex#engineVersion}.
   */
  static final int LAYOUT = 4;

  private IndexImage() {}

  public static void write(ScreeningIndex index, BinaryWriter out) {
    IndexData data = index.data();
    out.writeString(index.version());
    out.writeInt(data.parties.length);
    out.writeInts(data.nameParty).writeInts(data.nameIndex);
    writeNested(out, data.nameTokens);
    out.writeLongs(data.nameLegalMask).writeInts(data.nameSteps);
    out.writeInt(data.stepLists.size());
    for (List<String> steps : data.stepLists) {
      out.writeStrings(steps.toArray(new String[0]));
    }
    out.writeStrings(data.tokens).writeStrings(data.keys).writeFloats(data.weights);
    writeNested(out, data.postings);
    out.writeInts(data.gramCounts);
    Map<Long, int[]> grams = new TreeMap<>(data.gramIndex);
    long[] gramKeys = new long[grams.size()];
    int at = 0;
    for (long gram : grams.keySet()) {
      gramKeys[at++] = gram;
    }
    out.writeLongs(gramKeys);
    writeNested(out, grams.values().toArray(new int[0][]));
    Map<String, int[]> consonants = new TreeMap<>(data.consonantIndex);
    out.writeStrings(consonants.keySet().toArray(new String[0]));
    writeNested(out, consonants.values().toArray(new int[0][]));
    Map<String, int[]> identifiers = new TreeMap<>(data.identifierIndex);
    out.writeStrings(identifiers.keySet().toArray(new String[0]));
    writeNested(out, identifiers.values().toArray(new int[0][]));
  }

  /**
   * The arrays written by {@link #write}, decoded without the parties, so decoding can run beside
   * the decoding of the parties; {@link Decoded#withParties} completes the index.
   *
   * @throws MalformedBinaryException when the arrays do not fit each other
   */
  public static Decoded read(BinaryReader in) {
    Decoded d = new Decoded();
    d.version = in.readString();
    d.partyCount = in.readInt();
    d.nameParty = in.readInts();
    d.nameIndex = in.readInts();
    d.nameTokens = readNested(in);
    d.masks = in.readLongs();
    d.nameSteps = in.readInts();
    int stepListCount = in.readLength(4);
    List<List<String>> stepLists = new ArrayList<>(stepListCount);
    for (int i = 0; i < stepListCount; i++) {
      stepLists.add(List.of(in.readStrings()));
    }
    d.stepLists = List.copyOf(stepLists);
    d.tokens = in.readStrings();
    d.keys = in.readStrings();
    d.weights = in.readFloats();
    d.postings = readNested(in);
    d.gramCounts = in.readInts();
    long[] gramKeys = in.readLongs();
    int[][] gramValues = readNested(in);
    String[] consonantKeys = in.readStrings();
    int[][] consonantValues = readNested(in);
    String[] identifierKeys = in.readStrings();
    int[][] identifierValues = readNested(in);
    int names = d.nameParty.length;
    int vocabulary = d.tokens.length;
    if (d.nameIndex.length != names
        || d.nameTokens.length != names
        || d.masks.length != names
        || d.nameSteps.length != names
        || d.keys.length != vocabulary
        || d.weights.length != vocabulary
        || d.postings.length != vocabulary
        || d.gramCounts.length != vocabulary
        || gramKeys.length != gramValues.length
        || consonantKeys.length != consonantValues.length
        || identifierKeys.length != identifierValues.length) {
      throw new MalformedBinaryException("index image arrays disagree in length");
    }
    d.gramIndex = new HashMap<>(gramKeys.length * 4 / 3 + 1);
    for (int i = 0; i < gramKeys.length; i++) {
      d.gramIndex.put(gramKeys[i], gramValues[i]);
    }
    d.tokenIds = new HashMap<>(vocabulary * 4 / 3 + 1);
    for (int t = 0; t < vocabulary; t++) {
      d.tokenIds.put(d.tokens[t], t);
    }
    d.consonantIndex = new HashMap<>(consonantKeys.length * 4 / 3 + 1);
    for (int i = 0; i < consonantKeys.length; i++) {
      d.consonantIndex.put(consonantKeys[i], consonantValues[i]);
    }
    d.identifierIndex = new HashMap<>(identifierKeys.length * 4 / 3 + 1);
    for (int i = 0; i < identifierKeys.length; i++) {
      for (int party : identifierValues[i]) {
        if (party < 0 || party >= d.partyCount) {
          throw new MalformedBinaryException(
              "identifier " + i + " points to party " + party + " of " + d.partyCount);
        }
      }
      d.identifierIndex.put(identifierKeys[i], identifierValues[i]);
    }
    return d;
  }

  /** An index image read back, waiting for its parties. */
  public static final class Decoded {
    private String version;
    private int partyCount;
    private int[] nameParty;
    private int[] nameIndex;
    private int[][] nameTokens;
    private long[] masks;
    private int[] nameSteps;
    private List<List<String>> stepLists;
    private String[] tokens;
    private String[] keys;
    private float[] weights;
    private int[][] postings;
    private int[] gramCounts;
    private Map<Long, int[]> gramIndex;
    private Map<String, Integer> tokenIds;
    private Map<String, int[]> consonantIndex;
    private Map<String, int[]> identifierIndex;

    private Decoded() {}

    /**
     * The index over {@code parties}: the parties it was written with, in the same order.
     *
     * @throws MalformedBinaryException when the image does not fit them
     */
    public ScreeningIndex withParties(List<Party> parties, int tokenCache) {
      if (partyCount != parties.size()) {
        throw new MalformedBinaryException(
            "index image covers " + partyCount + " parties, " + parties.size() + " stored");
      }
      Party[] partyArray = parties.toArray(new Party[0]);
      IndexData data =
          new IndexData(
              NamePipeline.standard(),
              partyArray,
              nameParty,
              nameIndex,
              nameTexts(partyArray, nameParty, nameIndex),
              nameTokens,
              masks,
              nameSteps,
              stepLists,
              tokens,
              keys,
              weights,
              postings,
              gramCounts,
              gramIndex,
              tokenIds,
              consonantIndex,
              identifierIndex);
      return ScreeningIndex.restored(data, version, tokenCache);
    }
  }

  private static String[] nameTexts(Party[] parties, int[] nameParty, int[] nameIndex) {
    String[] texts = new String[nameParty.length];
    for (int name = 0; name < texts.length; name++) {
      int party = nameParty[name];
      if (party < 0 || party >= parties.length) {
        throw new MalformedBinaryException("name " + name + " points to party " + party);
      }
      if (name > 0 && party < nameParty[name - 1]) {
        throw new MalformedBinaryException("name " + name + " is out of party order");
      }
      Party p = parties[party];
      int index = nameIndex[name];
      if (index < 0 || index > p.aliases().size()) {
        throw new MalformedBinaryException(
            "name " + name + " points to name " + index + " of " + p.id());
      }
      texts[name] = index == 0 ? p.primaryName() : p.aliases().get(index - 1);
    }
    return texts;
  }

  private static void writeNested(BinaryWriter out, int[][] arrays) {
    int[] lengths = new int[arrays.length];
    int total = 0;
    for (int i = 0; i < arrays.length; i++) {
      lengths[i] = arrays[i].length;
      total += lengths[i];
    }
    int[] flat = new int[total];
    int at = 0;
    for (int[] array : arrays) {
      System.arraycopy(array, 0, flat, at, array.length);
      at += array.length;
    }
    out.writeInts(lengths).writeInts(flat);
  }

  private static int[][] readNested(BinaryReader in) {
    int[] lengths = in.readInts();
    int[] flat = in.readInts();
    int[][] arrays = new int[lengths.length][];
    int at = 0;
    for (int i = 0; i < lengths.length; i++) {
      if (lengths[i] < 0 || lengths[i] > flat.length - at) {
        throw new MalformedBinaryException("nested array " + i + " runs past its data");
      }
      arrays[i] = java.util.Arrays.copyOfRange(flat, at, at + lengths[i]);
      at += lengths[i];
    }
    return arrays;
  }
}

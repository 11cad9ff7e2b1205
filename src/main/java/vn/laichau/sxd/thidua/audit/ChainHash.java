package vn.laichau.sxd.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash that chains an entry to the one before it: SHA-256 over every stored field and the previous hash. */
final class ChainHash {

  static final String START = "0".repeat(64);

  private ChainHash() {
  }

  static String of(long id, String previousHash, String businessKey, Instant at, String actor, String actorName, String action,
      String text, String unitCode, String subject) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    // Each field is length-prefixed, so no two different entries hash the same text.
    for (String field : new String[] {Long.toString(id), previousHash, businessKey, Long.toString(at.toEpochMilli()), actor, actorName,
        action, text, unitCode, subject}) {
      digest.update((field == null ? "-;" : field.length() + ":" + field + ";").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}

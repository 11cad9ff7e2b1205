package vn.laichau.sxd.thidua.dossier;

import java.time.Instant;

/** One uploaded file of a unit's dossier in a round, without its content. */
record DossierFile(long id, String roundKey, String unitCode, String documentCode, String fileName, String mediaType, long size,
    String uploadedBy, Instant uploadedAt) {
}

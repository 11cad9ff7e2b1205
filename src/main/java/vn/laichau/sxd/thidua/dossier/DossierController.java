package vn.laichau.sxd.thidua.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A unit's dossier files in a round: {@code GET /api/dossiers/{round}/{unit}} lists them (with the
 * kinds of document while the unit may add), {@code POST} adds one ({@code file},
 * {@code documentCode}), {@code GET|DELETE /api/dossiers/files/{id}} reads or removes one. Who may
 * do what is {@link DossierService}'s.
 */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

  private final DossierService dossiers;

  DossierController(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @GetMapping("/{roundKey}/{unitCode}")
  public Map<String, Object> dossier(@PathVariable String roundKey, @PathVariable String unitCode) {
    return dossiers.dossier(roundKey, unitCode);
  }

  @PostMapping(path = "/{roundKey}/{unitCode}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public DossierFile upload(@PathVariable String roundKey, @PathVariable String unitCode, @RequestParam String documentCode,
      @RequestParam MultipartFile file) throws IOException {
    return dossiers.upload(roundKey, unitCode, documentCode, file.getOriginalFilename(), file.getBytes());
  }

  @GetMapping("/files/{id}")
  public ResponseEntity<byte[]> download(@PathVariable long id) {
    Map.Entry<DossierFile, byte[]> file = dossiers.download(id);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getKey().mediaType()))
        .header("Content-Disposition", ContentDisposition.attachment().filename(file.getKey().fileName(), StandardCharsets.UTF_8)
            .build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.getValue());
  }

  @DeleteMapping("/files/{id}")
  public Map<String, Object> delete(@PathVariable long id) {
    dossiers.delete(id);
    return Map.of("message", "Đã xóa tệp khỏi hồ sơ.");
  }
}

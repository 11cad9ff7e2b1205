package vn.laichau.sxd.thidua.decision;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.decision.AwardEntry.EntryKind;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.SubjectType;

/**
 * The awards register (DOMAIN §1): the source of "consecutive years" and of double-award checks.
 * Nothing is edited in place: a correction or a revocation is a new entry naming the one it replaces.
 */
@Service
public class AwardsRegisterService {

  private final AwardsRegisterRepository repository;

  public AwardsRegisterService(AwardsRegisterRepository repository) {
    this.repository = repository;
  }

  /** Records a decided award; one achievement is rewarded once, so a regular award is refused twice. */
  @Transactional
  public long record(NewAward award, String recordedBy) {
    check(award);
    if (award.commendationType() == CommendationType.CONG_TRANG) {
      repository.inForce(award.subjectType(), award.subjectId()).stream()
          .filter(e -> e.year() == award.year() && e.awardCode() == award.awardCode() && e.commendationType() == CommendationType.CONG_TRANG)
          .findFirst()
          .ifPresent(e -> {
            throw new InvalidInputException("awardCode", "'" + award.subjectId() + "' đã được tặng " + award.awardCode() + " năm "
                + award.year() + " (quyết định số " + e.decisionNumber() + "): một thành tích chỉ khen thưởng một lần.");
          });
    }
    return repository.insert(EntryKind.AWARD, null, award, ClockUtil.getCurrentTime().toInstant(), recordedBy);
  }

  /** Replaces an entry in force with corrected data; the old entry stays in the history. */
  @Transactional
  public long correct(long entryId, NewAward corrected, String recordedBy) {
    check(corrected);
    requireInForce(entryId);
    return repository.insert(EntryKind.CORRECTION, entryId, corrected, ClockUtil.getCurrentTime().toInstant(), recordedBy);
  }

  /** Cancels an entry in force, for example when the decision is revoked (Luật TĐKT 2022, Chương VII). */
  @Transactional
  public long revoke(long entryId, String reason, String recordedBy) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("note", "Thu hồi khen thưởng phải ghi rõ lý do.");
    }
    AwardEntry entry = requireInForce(entryId);
    NewAward same = new NewAward(entry.subjectType(), entry.subjectId(), entry.year(), entry.awardCode(), entry.commendationType(),
        entry.decisionNumber(), entry.decisionDate(), entry.decidedBy(), entry.amountVnd(), reason.strip());
    return repository.insert(EntryKind.REVOCATION, entryId, same, ClockUtil.getCurrentTime().toInstant(), recordedBy);
  }

  public Optional<AwardEntry> entry(long id) {
    return repository.find(id);
  }

  /** Entries by id, read at once (a list of items that name their entries). */
  public Map<Long, AwardEntry> entries(Collection<Long> ids) {
    return repository.find(ids).stream().collect(Collectors.toMap(AwardEntry::id, e -> e));
  }

  /** Changes whenever anything is written to the register (it is append-only). */
  public long lastEntryId() {
    return repository.lastEntryId();
  }

  public List<AwardEntry> inForce(SubjectType type, String subjectId) {
    return repository.inForce(type, subjectId);
  }

  public List<AwardEntry> history(SubjectType type, String subjectId) {
    return repository.history(type, subjectId);
  }

  /**
   * Years in a row, ending with {@code endingYear}, in which the subject holds the award as a regular
   * (CONG_TRANG) award; thematic and ad hoc awards do not count (DOMAIN §1).
   */
  public int consecutiveRegularYears(SubjectType type, String subjectId, AwardCode awardCode, int endingYear) {
    return RegularTitles.of(repository.inForce(type, subjectId), awardCode).consecutiveYears(subjectId, endingYear);
  }

  /** Every subject's regular (CONG_TRANG) titles of the award in force, read at once, for a list's streaks. */
  public RegularTitles regularTitles(SubjectType type, AwardCode awardCode) {
    return RegularTitles.of(repository.inForce(type, awardCode), awardCode);
  }

  private AwardEntry requireInForce(long entryId) {
    AwardEntry entry = repository.find(entryId)
        .orElseThrow(() -> new InvalidInputException("entryId", "Không có mục " + entryId + " trong sổ khen thưởng."));
    if (!repository.isInForce(entryId)) {
      throw new InvalidInputException("entryId", "Mục " + entryId + " đã được đính chính hoặc thu hồi; hãy thao tác trên mục đang có hiệu lực.");
    }
    return entry;
  }

  private static void check(NewAward award) {
    if (award.subjectId() == null || award.subjectId().isBlank() || award.awardCode() == null || award.commendationType() == null) {
      throw new InvalidInputException("subjectId", "Mục sổ khen thưởng phải có người hoặc tập thể được khen và danh hiệu, hình thức.");
    }
    if (award.decisionNumber() == null || award.decisionNumber().isBlank() || award.decisionDate() == null) {
      throw new InvalidInputException("decisionNumber", "Mục sổ khen thưởng phải có số và ngày quyết định.");
    }
  }
}

package vn.laichau.sxd.thidua.evaluation;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/** Imports and serves the yearly evaluations that the commendation round is computed from. */
@Service
public class EvaluationService {

  private final EvaluationCsvReader reader;
  private final EvaluationRepository repository;
  private final OrganisationService organisation;

  EvaluationService(EvaluationCsvReader reader, EvaluationRepository repository, OrganisationService organisation) {
    this.organisation = organisation;
    this.reader = reader;
    this.repository = repository;
  }

  /** Replaces the year's evaluations of people with the file, or changes nothing. */
  @Transactional
  public List<PersonEvaluation> importPeople(int year, Reader csv) {
    checkYear(year);
    List<PersonEvaluation> evaluations = reader.readPeople(csv, year, organisation.allUsernames());
    repository.replacePeople(year, evaluations, ClockUtil.getCurrentTime().toInstant());
    return evaluations;
  }

  /** Replaces the year's evaluations of units with the file, or changes nothing. */
  @Transactional
  public List<UnitEvaluation> importUnits(int year, Reader csv) {
    checkYear(year);
    List<UnitEvaluation> evaluations = reader.readUnits(csv, year, organisation.allUnitCodes());
    repository.replaceUnits(year, evaluations, ClockUtil.getCurrentTime().toInstant());
    return evaluations;
  }

  /** The file as it would be imported, nothing stored: refused as a whole, as an import would be. */
  public List<PersonEvaluation> previewPeople(int year, Reader csv) {
    checkYear(year);
    return reader.readPeople(csv, year, organisation.allUsernames());
  }

  /** The file as it would be imported, nothing stored: refused as a whole, as an import would be. */
  public List<UnitEvaluation> previewUnits(int year, Reader csv) {
    checkYear(year);
    return reader.readUnits(csv, year, organisation.allUnitCodes());
  }

  public boolean hasPeopleEvaluated(int year) {
    return !repository.people(year).isEmpty();
  }

  public List<PersonEvaluation> people(int year) {
    return repository.people(year);
  }

  /**
   * The warning the secretariat must acknowledge when more than {@code maxPercent} of the people
   * rated HTTNV or better were rated HTXSNV in the year (compared exactly, in whole numbers).
   */
  public Optional<String> excellentShareWarning(int year, int maxPercent) {
    List<PersonEvaluation> rated = repository.people(year).stream()
        .filter(e -> e.rating().completedWell()).toList();
    long excellent = rated.stream().filter(e -> e.rating() == Rating.HTXSNV).count();
    if (excellent * 100 <= (long) rated.size() * maxPercent) {
      return Optional.empty();
    }
    return Optional.of(String.format(java.util.Locale.forLanguageTag("vi-VN"), "Năm %d có %d/%d người (%.1f%%) được xếp loại Hoàn thành xuất sắc nhiệm vụ,"
        + " vượt mức %d%% số người từ Hoàn thành tốt nhiệm vụ trở lên.", year, excellent, rated.size(), excellent * 100.0 / rated.size(), maxPercent));
  }

  /** A short text that changes whenever the year's evaluations change (for lists computed from them). */
  public String stamp(int year) {
    return repository.stamp(year);
  }

  public List<UnitEvaluation> units(int year) {
    return repository.units(year);
  }

  private static void checkYear(int year) {
    // Evaluations before the programme (2025, the year before 2026) feed its first round.
    if (year < 2020 || year > 2035) {
      throw new InvalidInputException("year", "Năm đánh giá " + year + " không hợp lệ.");
    }
  }
}

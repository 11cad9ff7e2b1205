package vn.laichau.sxd.thidua.nomination;

import java.time.LocalDate;
import java.util.List;
import vn.laichau.sxd.thidua.document.IssuedDocument;
import org.springframework.stereotype.Service;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;

/**
 * What the provincial submission may do with a round's nominations: take the ones the Director
 * forwarded, and record the province's decision on each.
 */
@Service
public class ProvincialItems {

  private final RoundRepository rounds;
  private final AwardDecisions awards;
  private final NominationService nominations;
  private final RoundDocuments documents;

  ProvincialItems(RoundRepository rounds, AwardDecisions awards, NominationService nominations, RoundDocuments documents) {
    this.documents = documents;
    this.rounds = rounds;
    this.awards = awards;
    this.nominations = nominations;
  }

  /** The round as people name it: "Đợt bình xét công trạng năm 2025 (đợt 1)". */
  public String roundName(String roundKey) {
    return rounds.round(roundKey).map(RoundRepository.RoundInfo::name).orElse(roundKey);
  }

  /** The round's forwarded items not yet in a submission join this one. */
  public void attach(String roundKey, String submissionKey) {
    rounds.attachForwarded(roundKey, submissionKey);
  }

  /** The submission letter of the items waiting in the submission: a draft to read, or the signed one with its number. */
  public IssuedDocument submissionLetter(String submissionKey, String roundKey, LocalDate date, String director, boolean draft) {
    return documents.submissionLetter(submissionKey, roundKey, roundName(roundKey), waiting(submissionKey), date, director, draft);
  }

  /** The submission's items still waiting for the province. */
  public List<Nominee> waiting(String submissionKey) {
    return rounds.waitingInSubmission(submissionKey);
  }

  public List<String> requiredDocuments(AwardCode awardCode, CommendationType type) {
    return nominations.requiredDocuments(awardCode, type);
  }

  public String decisionNumber(String field, String value) {
    return awards.number(field, value);
  }

  public LocalDate decisionDate(String field, Object value) {
    return awards.date(field, value);
  }

  public void awarded(Nominee item, int year, CommendationType type, String number, LocalDate date, String decider, String recordedBy) {
    awards.award(item, year, type, number, date, decider, recordedBy);
  }

  public void refused(Nominee item, String note) {
    rounds.refusedByProvince(item.id(), note);
  }
}

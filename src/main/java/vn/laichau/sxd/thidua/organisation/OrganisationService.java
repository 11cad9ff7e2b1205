package vn.laichau.sxd.thidua.organisation;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.laichau.sxd.thidua.engine.AsApplication;
import vn.laichau.sxd.thidua.engine.CurrentUser;

/** Imports the organisation and answers questions about it for the processes. */
@Service("organisation")
public class OrganisationService {

  private final OrganisationFileReader reader;
  private final OrganisationRepository repository;
  private final CamundaIdentitySync identitySync;
  private final IdentityService identityService;
  private final ApplicationEventPublisher events;

  public OrganisationService(OrganisationFileReader reader, OrganisationRepository repository,
      CamundaIdentitySync identitySync, IdentityService identityService, ApplicationEventPublisher events) {
    this.reader = reader;
    this.repository = repository;
    this.identitySync = identitySync;
    this.identityService = identityService;
    this.events = events;
  }

  /**
   * Replaces the whole organisation with the file's content, or changes nothing when the file has
   * any problem. Identity changes run with engine authorization checks suspended because the
   * caller's right to import was checked by the API and the sync must see every user and group.
   */
  @Transactional
  public Organisation importFile(Reader file, String initialPassword) {
    Organisation organisation = reader.read(file);
    String importer = CurrentUser.id(identityService);
    repository.replaceWith(organisation);
    return AsApplication.call(identityService, () -> {
      identitySync.apply(organisation, repository.inactiveUsernames(), initialPassword);
      events.publishEvent(new OrganisationChanged(organisation.units(), organisation.people().size(), importer));
      return organisation;
    });
  }

  /** The file as it would be imported, nothing stored; refused as a whole, as an import would be. */
  public Organisation preview(Reader file) {
    return reader.read(file);
  }

  public List<Unit> activeUnits() {
    return repository.activeUnits();
  }

  /** Codes of the active units, in the order of the organisation file (for multi-instance tasks). */
  public List<String> activeUnitCodes() {
    return repository.activeUnits().stream().map(Unit::code).toList();
  }

  public List<StaffMember> staffOf(String unitCode) {
    return repository.staffOf(unitCode);
  }

  /** Who chairs the Emulation–Commendation Council, as the minutes name them. */
  public Optional<StaffMember> councilChair() {
    return repository.holdersOf(Role.COUNCIL_CHAIR).stream().findFirst();
  }

  /** The head of the Office (Chánh Văn phòng): the secretariat's member who heads a unit; signs notices for the Director. */
  public Optional<StaffMember> officeHead() {
    var heads = repository.holdersOf(Role.UNIT_HEAD).stream().map(StaffMember::username).collect(java.util.stream.Collectors.toSet());
    return repository.holdersOf(Role.SECRETARIAT).stream().filter(member -> heads.contains(member.username())).findFirst();
  }

  /** The person's full name as the organisation file gives it; the account name for accounts outside it (the administrator). */
  public String fullName(String username) {
    return repository.fullNameOf(username).orElse(username);
  }

  /** The council's secretary, who keeps its minutes. */
  public Optional<StaffMember> councilSecretary() {
    return repository.holdersOf(Role.COUNCIL_SECRETARY).stream().findFirst();
  }

  /** Everyone ever imported, active or not: the people an HR file may name. */
  public Set<String> allUsernames() {
    return repository.allUsernames();
  }

  /** Every unit ever imported, active or not. */
  public Set<String> allUnitCodes() {
    return repository.allUnitCodes();
  }

  /** The group of the unit's head, for the models' candidate groups and reminders. */
  public String unitHeadGroup(String unitCode) {
    return CamundaGroups.unitHead(unitCode);
  }

  /**
   * The signer's block of a document signed by this leader: «GIÁM ĐỐC», or for a deputy signing on
   * the Director's behalf «KT. GIÁM ĐỐC» over «PHÓ GIÁM ĐỐC» (Nghị định 30/2020/NĐ-CP).
   */
  public String signerTitle(String username) {
    boolean deputy = username != null && repository.positionOf(username)
        .map(position -> position.toLowerCase(java.util.Locale.ROOT).startsWith("phó giám đốc")).orElse(false);
    return deputy ? "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" : "GIÁM ĐỐC";
  }

  /** The unit's Vietnamese name, for task names; the code itself when the unit is unknown. */
  public String unitName(String code) {
    return repository.findUnit(code).map(Unit::name).orElse(code);
  }
}

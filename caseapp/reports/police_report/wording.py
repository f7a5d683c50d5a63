"""The report's wording: every heading, label and sentence as an English msgid, translated
at build time (Korean in ``resources/locale/ko/police_report.po``)."""

from __future__ import annotations

from caseapp.domain.cases import AccountKind, ContactKind, LeakKind, ProofItem
from caseapp.i18n import N_

# --- wording ---------------------------------------------------------------------------------

TITLE = N_("Case report for the police")
SUBTITLE = N_("Support for a victim of a digital sex crime: case {number}")
METADATA_TITLE = N_("Case report for the police: case {number}")
MARKING = N_("Confidential: for the investigation only")
# An internal draft (built without the victim's consent to share with police) must never pass
# for the real thing: its own title, and "not for submission" on every page.
DRAFT_TITLE = N_("Internal draft of a case report: not for submission")
DRAFT_METADATA_TITLE = N_("Internal draft, not for submission: case {number}")
DRAFT_MARKING = N_("Internal draft: not for submission to police")
DRAFT_WATERMARK = N_("INTERNAL DRAFT · NOT FOR SUBMISSION")

ORGANISATION = N_("Organisation")
ADDRESS = N_("Address")
PHONE = N_("Phone")
EMAIL = N_("E-mail")
CASE_NUMBER = N_("Case number")
REPORT_ID = N_("Report ID")
REPORT_DATE = N_("Date of report")
PREPARED_BY = N_("Prepared by")
ADDRESSED_TO = N_("Addressed to")
NOT_SPECIFIED = N_("Not specified")
NOT_RECORDED = N_("Not recorded")
NONE_RECORDED = N_("None recorded.")
YES = N_("Yes")
NO = N_("No")
CONFIDENTIAL_NOTICE = N_(
    "This report contains sensitive personal information about a victim of a digital sex "
    "crime and is provided for the investigation only. Do not copy, forward or disclose it "
    "beyond the investigating team. Disclosing a victim's identity or private life is "
    "prohibited under Article 24 of the Act on Special Cases Concerning the Punishment of "
    "Sexual Crimes.")
CONTENTS = N_("Contents")

SECTION_SUMMARY = N_("1. Summary and what the victim asks for")
SECTION_OFFENCES = N_("2. Relevant offences")
SECTION_VICTIM = N_("3. Victim")
SECTION_TIMELINE = N_("4. Incident timeline")
SECTION_PROOF = N_("5. How the victim is shown to be the person in the {material}")
SECTION_LEAKS = N_("6. Leaked personal information")
SECTION_ACCOUNTS = N_("7. Perpetrator accounts and channels")
SECTION_EVIDENCE = N_("8. Evidence")
SECTION_TAKEDOWNS = N_("9. Takedown history")
SECTION_STATEMENT = N_("10. Counsellor's statement")
SECTION_CHECKING = N_("11. How to check the evidence files")
SECTIONS = (SECTION_SUMMARY, SECTION_OFFENCES, SECTION_VICTIM, SECTION_TIMELINE, SECTION_PROOF,
            SECTION_LEAKS, SECTION_ACCOUNTS, SECTION_EVIDENCE, SECTION_TAKEDOWNS,
            SECTION_STATEMENT, SECTION_CHECKING)
OFFENCES_NOTE = N_("The articles below are suggested by the centre from the case records; "
                   "which articles apply is for the investigating authority to decide.")
NO_OFFENCES = N_("No legal category is recorded for this case yet, so no article is "
                 "suggested.")
OFFENCE_LAW = N_("Law")
OFFENCE_ARTICLE = N_("Article")
OFFENCE_FACTS = N_("Facts in the case records")

STATUS = N_("Status")
OPENED = N_("Case opened")
LEGAL_CATEGORY = N_("Legal categories of the case")
TAGS = N_("Tags")
SUPPORT = N_("Counselling")
SUPPORT_LINE = N_("{count} session(s) since {date}")
NO_SESSIONS = N_("No counselling session recorded yet")
FIGURES = N_("Recorded")
FIGURES_LINE = N_("{incidents} incident(s), {evidence} evidence item(s), {accounts} "
                  "perpetrator account(s) or channel(s), {takedowns} takedown request(s)")
CASE_SUMMARY = N_("Summary of the case")
NO_SUMMARY = N_("No summary was written for this case.")
VICTIM_ASKS = N_("What the victim asks for")
NO_REQUESTS = N_("The counsellor did not write down the victim's requests for this report.")
CONSENTS = N_("Consent recorded")
CONSENT_GRANTED = N_("given on {date} ({method}), recorded by {by}")
CONSENT_WITHDRAWN_LINE = N_("withdrawn on {date} ({method}), recorded by {by}")
CONSENT_NEVER = N_("not recorded")

PSEUDONYM = N_("Pseudonym")
WITHHELD_NOT_SELECTED = N_(
    "The victim has consented to sharing with police, but identifying details were not "
    "included in this report. The centre can provide them on request.")
WITHHELD_NO_CONSENT = N_(
    "Identifying details are withheld: the victim has not consented to sharing them with "
    "police. The victim is referred to by the pseudonym above; contact the centre, which "
    "will ask the victim.")
WITHHELD_WITHDRAWN = N_(
    "Identifying details are withheld: the victim withdrew consent to sharing with police "
    "on {date}. The victim is referred to by the pseudonym above.")
NAME = N_("Name")
PREFERRED_NAME = N_("Preferred name")
BIRTH_YEAR = N_("Birth year")
GENDER = N_("Gender")
LANGUAGE = N_("Language")
CONTACTS = N_("Contact")
SAFE_TIMES = N_("safe times: {times}")
DO_NOT_CONTACT = N_("Do not contact by")
GUARDIAN = N_("Guardian")
IDENTITY_SHARED = N_("Identifying details are included with the victim's consent to share "
                     "with police ({consent}).")

WHEN = N_("When")
WHAT_HAPPENED = N_("What happened")
WHERE = N_("Platform and place")
CATEGORY = N_("Legal category")
PERPETRATOR = N_("Perpetrator: {details}")
ACCOUNTS_LINE = N_("Accounts: {handles}")
RECORDED_IN_ZONE = N_("recorded in another time zone: {time} ({zone})")
DATE_ONLY = N_("{date} (date only)")
TIMES_NOTE = N_("Times are shown in the centre's time zone ({zone}); a time recorded in "
                "another time zone is shown as recorded too.")

PROOF_ITEM = N_("Item")
HELD = N_("Held")
CHECKED = N_("Checked by / on")
NOTE = N_("Note")
ORIGINALS = N_("Original source photos")
ORIGINALS_HELD = N_("The centre holds the original photos the material was made from.")
ORIGINALS_WHERE = N_("Where the originals are kept: {where}")
ORIGINALS_NOT_HELD = N_("The centre does not hold the original photos the material was made "
                        "from.")
CONTENT_KEPT = N_("Evidence files: {kept} of {files} kept in the centre's encrypted evidence "
                  "store; {discarded} hashed and not kept (no consent to keep copies).")

LEAK_KIND = N_("Information")
FOUND_WHERE = N_("Where it was found")
FOUND_ON = N_("Found on")
DELETION = N_("What was done")
DELETION_REQUESTED = N_("deletion requested {date}")
DELETED = N_("deleted {date}")
NOTHING_DONE = N_("no action recorded")
LEAKS_NOTE = N_("Only the kind of information and where it was found are recorded, not the "
                "information itself.")

PLATFORM = N_("Platform")
KIND = N_("Kind")
IDENTIFIER = N_("Account or channel ID")
DISPLAY_NAMES = N_("Display names seen")
OTHER_CASES = N_("Also named in {count} other case(s) of this centre.")

EVIDENCE_INTRO = N_(
    "{count} item(s). Hashes were computed by CaseApp when each file was acquired. Times are "
    "shown in the zone they were recorded in. Unless an item says otherwise, its file is kept "
    "in the centre's encrypted evidence store.")
EVIDENCE_INTRO_HASH_ONLY = N_(
    "{count} item(s). Hashes were computed by CaseApp when each file was acquired. "
    "{hash_only} file(s) marked \u201c{mark}\u201d were not kept (no consent to keep copies): "
    "only their hashes were recorded, and they are not in the evidence package. The other "
    "files are kept in the centre's encrypted evidence store.")
HASH_ONLY_MARK = N_("Hash only (file not kept)")
EVIDENCE_NONE = N_("No evidence item recorded.")
COL_ITEM = N_("No. / file")
COL_WHERE = N_("Where it was found")
COL_CAPTURED = N_("Captured")
COL_HASHES = N_("SHA-256 / MD5")
URL = N_("URL")
ROOM = N_("Chat room or channel")
CHANNEL_ID = N_("ID {id}")
MESSAGE = N_("Message")
POSTER = N_("Posted by")
BY = N_("by {name}")
SIZE = N_("{size} bytes")
NO_FILE = N_("no file (link or note only)")
EVIDENCE_DETAILS = N_("Evidence details")
NO_DESCRIPTION = N_("No description.")
PIXELS = N_("{width} × {height} pixels")
DURATION = N_("{seconds} s")
CAMERA = N_("camera {value}")
SOFTWARE = N_("software {value}")
TAKEN = N_("taken {value}")
CAMERA_CLOCK = N_("{time} by the camera's clock (no time zone recorded)")
PDQ = N_("PDQ {hash} (quality {quality})")
VIDEO_PDQ = N_("vPDQ: {frames} frame hashes, about one a second")
NOT_KEPT = N_("The file was hashed and not kept (no consent to keep copies).")
ON_HASH_LIST = N_("On a known-material hash list: {source}, list \"{label}\" ({method}).")
ON_HASH_LIST_PDQ = N_("On a known-material hash list: {source}, list \"{label}\" (similar "
                      "image, PDQ distance {distance}, {transform}).")
HASH_LISTS_SUMMARY = N_("{count} item(s) of this case are on hash lists of known material "
                        "supplied by: {sources}. Each is marked below.")
GPS_WARNING = N_("The original file contains GPS location data. The coordinates are not "
                 "reproduced in this report.")
CUSTODY_LABEL = N_("Chain of custody:")
HASH_MATCHES = N_("SHA-256 matched")
HASH_DIFFERS = N_("SHA-256 DID NOT MATCH")
PACKAGE = N_("package {name}")
NO_CUSTODY = N_("No custody event recorded.")
CHAT_EXPORT = N_("from chat export {name} (SHA-256 {sha256})")
CHAT_MESSAGE = N_("message {id}")
CHAT_LINE = N_("line {line}")
THUMBNAIL_NOTE = N_("Blurred preview")

TAKEDOWNS_NONE = N_("No takedown request recorded.")
RECIPIENT = N_("Recipient")
SUBMITTED = N_("Submitted")
TAKEDOWN_STATUS = N_("Status")
REFERENCE = N_("Reference")
HISTORY = N_("History")
REMOVED_ON = N_("removal verified {date}")
CHECKED_ON = N_("last checked {date}")
VIA = N_("via {channel}")

STATEMENT = N_(
    "I, {name}, prepared this report on {date} for {organisation} from the case record the "
    "centre keeps. The evidence items listed were collected as shown in each item's chain of "
    "custody; their SHA-256 and MD5 hashes were computed by CaseApp when each item was "
    "acquired. To the best of my knowledge the information in this report is accurate and "
    "complete as of its date.")
SIGNATURE = N_("Signature")
SEAL = N_("Seal of the organisation")
DATE = N_("Date")

CHECKING_INTRO = N_(
    "The evidence package handed over with this report holds the evidence files and a file "
    "named SHA256SUMS that lists the SHA-256 of every file, one per line.")
CHECKING_HASH_ONLY = N_(
    "Files marked \u201c{mark}\u201d in section 8 ({codes}) were not kept, so they are not in the "
    "package and not in SHA256SUMS; their hashes in section 8 can be compared with a copy "
    "found elsewhere.")
CHECKING_NO_PACKAGE = N_(
    "The centre keeps no evidence file for this case (no consent to keep copies), so no "
    "evidence package accompanies this report. The SHA-256 and MD5 in section 8 identify each "
    "file and can be compared with a copy found elsewhere.")
CHECKING_LINUX = N_("On Linux, open a terminal in the package folder and run:")
CHECKING_MAC = N_("On macOS:")
CHECKING_WINDOWS = N_("On Windows (PowerShell), for one file:")
CHECKING_OK = N_(
    "Every line must end in OK. A line with FAILED means that file differs from what the "
    "centre collected. The SHA-256 of each file must also match the evidence table in section "
    "8 of this report. Items without a file (links and notes) have no hash.")
CHECKING_REPORT = N_(
    "The centre records the SHA-256 of this PDF in its report register under report ID "
    "{id}, so a copy of this report can be checked against the centre's record.")

_LEAK_LABELS = {
    LeakKind.NAME: N_("Name"),
    LeakKind.AGE: N_("Age"),
    LeakKind.SCHOOL: N_("School"),
    LeakKind.WORKPLACE: N_("Workplace"),
    LeakKind.PHONE: N_("Phone number"),
    LeakKind.ADDRESS: N_("Address"),
    LeakKind.SOCIAL_ACCOUNT: N_("Social media account"),
    LeakKind.OTHER: N_("Other"),
}
_PROOF_LABELS = {
    ProofItem.ORIGINAL_PHOTOS: N_("Original source photos the material was made from"),
    ProofItem.ID_CHECK: N_("Identity checked in person (no copy kept)"),
    ProofItem.OWN_ACCOUNT: N_("The victim showed the account the photos came from"),
    ProofItem.VICTIM_STATEMENT: N_("Signed statement of the victim"),
    ProofItem.OTHER: N_("Other"),
}
_ACCOUNT_KIND_LABELS = {
    AccountKind.ACCOUNT: N_("Account"),
    AccountKind.CHANNEL: N_("Channel"),
    AccountKind.CHAT_ROOM: N_("Chat room"),
}
_CONTACT_LABELS = {
    ContactKind.PHONE: N_("Phone"),
    ContactKind.SMS: N_("Text message"),
    ContactKind.KAKAOTALK: N_("KakaoTalk"),
    ContactKind.EMAIL: N_("E-mail"),
    ContactKind.TELEGRAM: N_("Telegram"),
    ContactKind.LETTER: N_("Letter"),
    ContactKind.IN_PERSON: N_("In person"),
    ContactKind.OTHER: N_("Other"),
}



"""The built-in recipient directory: where victims' material is usually reported (platforms,
search engines, adult sites, hosting providers, the Korean regulator, the national victim
support centre and the police), with each one's channel, addresses, follow-up policy and the
guidance shown with it. The store is seeded from :data:`DEFAULTS`; the organisation can edit
or deactivate entries and add its own. Addresses change: the organisation should check them
before first use.

An entry's name is an English msgid stored as is; documents print it in their own language
(:func:`display_name`), so a Korean letter never says "Telegram" or "KCSC"."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.domain.takedowns import (
    DEFAULT_POLICY,
    Channel,
    FollowUpPolicy,
    Recipient,
    RecipientKind,
)
from caseapp.i18n import N_, translate

# Bump when DEFAULTS gains entries or renames one; stores seeded with an older version get
# the new ones, and built-in entries still under a former name are renamed (entries the
# organisation renamed, edited or deactivated otherwise are left as they are).
# 2: 방송통신심의위원회 became 방송미디어통신심의위원회 (2025-10-01); the national victim
#    support centre (디지털성범죄피해자지원센터) joined.
DIRECTORY_VERSION = 2

RECORD_WITHOUT_OPENING = N_(
    "Record links, channel and message IDs and account names as text, and take them from "
    "what the victim or a colleague already captured. Avoid opening or downloading the "
    "material again where you can: the links and identifiers are what the recipient needs.")


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    key: str
    name: str
    kind: RecipientKind
    channel: Channel
    web_form: str = ""
    email: str = ""
    phone: str = ""
    postal_address: str = ""
    statutory: bool = False
    policy: FollowUpPolicy = DEFAULT_POLICY
    guidance: tuple[str, ...] = ()   # msgids, translated when shown
    former_names: tuple[str, ...] = ()   # names older versions seeded (renamed on reseed)


DEFAULTS: tuple[DirectoryEntry, ...] = (
    DirectoryEntry(
        "telegram", N_("Telegram"), RecipientKind.PLATFORM, Channel.IN_APP,
        web_form="https://telegram.org/support", email="abuse@telegram.org",
        guidance=(
            N_("In the Telegram app, open the channel, group or message, choose Report and "
               "pick the closest reason (pornography, child abuse, personal details)."),
            N_("Then e-mail abuse@telegram.org with the exact t.me links: channel name or "
               "ID and the message numbers. For material showing a minor also write to "
               "stopCA@telegram.org."),
            N_("Telegram rarely answers reports. Record the date of each report and check "
               "the links again after the follow-up time."),
        )),
    DirectoryEntry(
        "x", N_("X (Twitter)"), RecipientKind.PLATFORM, Channel.WEB_FORM,
        web_form="https://help.x.com/en/forms",
        guidance=(
            N_("Report the post in the app (Report post, then nudity or sexual content "
               "shared without consent), or use the private-information and non-consensual "
               "nudity form of the X Help Center."),
            N_("Give the post links in the form x.com/<account>/status/<number>; the number "
               "identifies the post even if the account is renamed."),
        )),
    DirectoryEntry(
        "meta", N_("Instagram / Meta (Facebook)"), RecipientKind.PLATFORM, Channel.WEB_FORM,
        web_form="https://help.instagram.com/",
        guidance=(
            N_("Report the post, reel, story or account in the app, or use the Help Centre "
               "form for non-consensual intimate images; a representative can file it."),
            N_("An adult victim can also use StopNCII.org: hashes are made on their own "
               "device and participating platforms block matching uploads. The images "
               "themselves are never uploaded."),
        )),
    DirectoryEntry(
        "google_search", N_("Google Search"), RecipientKind.SEARCH_ENGINE, Channel.WEB_FORM,
        web_form="https://support.google.com/websearch/answer/6302812",
        guidance=(
            N_("Use Google's form to remove explicit or intimate personal images from "
               "Search; an authorised representative can file it and must say how they act "
               "for the person shown. Deepfakes have their own option in the form."),
            N_("Google reviews only the URLs given in the form: list the image URLs and the "
               "search result page URLs. De-listing does not delete the page; also ask the "
               "site or its host."),
        )),
    DirectoryEntry(
        "naver", N_("Naver (네이버)"), RecipientKind.PLATFORM, Channel.WEB_FORM,
        web_form="https://help.naver.com/", statutory=True,
        guidance=(
            N_("Naver must delete or block illegal filmed material without delay once it "
               "receives a request for reporting and deletion (Telecommunications Business "
               "Act, Art. 22-5). Report through the Naver customer centre and attach the "
               "statutory request form."),
        )),
    DirectoryEntry(
        "kakao", N_("Kakao (카카오)"), RecipientKind.PLATFORM, Channel.WEB_FORM,
        web_form="https://cs.kakao.com/", statutory=True,
        guidance=(
            N_("Report through the Kakao customer centre (cs.kakao.com) or the report "
               "function of the KakaoTalk open chat, and attach the statutory request form "
               "(Telecommunications Business Act, Art. 22-5)."),
            N_("For open chat rooms record the open.kakao.com/o/ link; it identifies the "
               "room."),
        )),
    DirectoryEntry(
        "discord", N_("Discord"), RecipientKind.PLATFORM, Channel.WEB_FORM,
        web_form="https://dis.gd/request",
        guidance=(
            N_("Report the message in the app, then file a Trust & Safety request with the "
               "message links (discord.com/channels/<server>/<channel>/<message>)."),
            N_("With Developer Mode on, Discord copies message, channel and user IDs without "
               "opening attachments."),
        )),
    DirectoryEntry(
        "pornhub", N_("Pornhub"), RecipientKind.PLATFORM, Channel.WEB_FORM,
        web_form="https://www.pornhub.com/content-removal",
        guidance=(
            N_("Use the content removal request form (no account needed) with the video "
               "page URLs."),
            N_("Other large adult sites (xHamster, XVideos and similar) have their own "
               "removal forms, usually linked as Content Removal or DMCA in the page "
               "footer."),
        )),
    DirectoryEntry(
        "adult_site", N_("Other adult site"), RecipientKind.PLATFORM, Channel.WEB_FORM,
        guidance=(
            N_("Look for Content Removal, DMCA or Abuse in the site's footer. If there is "
               "none, or the site does not answer, write to its hosting provider and ask "
               "KCSC to block access from Korea."),
        )),
    DirectoryEntry(
        "hosting_abuse", N_("Hosting provider (abuse contact)"), RecipientKind.HOSTING,
        Channel.EMAIL,
        guidance=(
            N_("Find who hosts the site: a WHOIS or RDAP look-up of the domain and its IP "
               "address names the provider and its abuse address (often abuse@ followed by "
               "the provider's domain). Enter that address on the request."),
            N_("Hosting providers act on their own terms of service even when the site "
               "owner does not."),
        )),
    DirectoryEntry(
        "kcsc", N_("Korea Media and Communications Standards Commission (formerly KCSC)"),
        RecipientKind.REGULATOR, Channel.WEB_FORM,
        web_form="https://www.kocsc.or.kr/", phone="1377",
        policy=FollowUpPolicy(check_after_hours=48, escalate_after_hours=24 * 7),
        former_names=("KCSC (방송통신심의위원회)",),
        guidance=(
            N_("The Korea Media and Communications Standards Commission (방송미디어통신심의위원회, "
               "until 30 September 2025 the Korea Communications Standards Commission, "
               "방송통신심의위원회) deliberates on digital sex crime material and orders its "
               "deletion, or access from Korea blocked (a correction request). Apply through "
               "its website or the 1377 hotline; victims, their representatives and support "
               "organisations can apply."),
            N_("Include the exact URLs, what the platform answered (or that it did not) "
               "and the dates of the earlier requests. The commission gets its own letter; "
               "the statutory request form is for service providers only."),
        )),
    DirectoryEntry(
        "d4u", N_("Digital Sex Crime Victim Support Centre (ACOSAV)"),
        RecipientKind.SUPPORT_CENTRE, Channel.EMAIL,
        web_form="https://d4u.stop.or.kr/", phone="02-735-8994",
        policy=FollowUpPolicy(check_after_hours=24 * 3, escalate_after_hours=24 * 14),
        guidance=(
            N_("The Digital Sex Crime Victim Support Centre (디지털성범죄피해자지원센터, run "
               "by the Women's Human Rights Institute of Korea, 한국여성인권진흥원) supports "
               "victims with counselling, deletion support and monitoring for re-uploads, and "
               "refers them to legal, medical and investigative help. Call 02-735-8994."),
            N_("Refer the case with the victim's consent: the centre needs the exact URLs "
               "and what was already requested; it asks platforms for deletion itself and "
               "keeps watching for re-uploads."),
        )),
    DirectoryEntry(
        "police", N_("Police (경찰청 사이버범죄 신고)"), RecipientKind.POLICE, Channel.WEB_FORM,
        web_form="https://ecrm.police.go.kr/", phone="112",
        policy=FollowUpPolicy(check_after_hours=24 * 7, escalate_after_hours=24 * 30,
                              recheck_days=(30,)),
        guidance=(
            N_("Report through the police cyber crime reporting system (ECRM), at a police "
               "station or on 112, and hand over the case's police report with the "
               "evidence items and their SHA-256 values."),
            N_("A police referral needs the victim's consent to share the case with "
               "police."),
        )),
)

_BY_KEY = {entry.key: entry for entry in DEFAULTS}
_BY_NAME = {name: entry for entry in DEFAULTS for name in (entry.name, *entry.former_names)}

# Where a request about material on a platform goes first (the escalation path then leads
# to the regulator and the police).
_FIRST_RECIPIENT = {"telegram": "telegram", "x": "x", "instagram": "meta",
                    "kakaotalk": "kakao", "discord": "discord", "website": "hosting_abuse"}


def suggested_recipient(platform: str | None) -> str | None:
    """The directory key to suggest for material on ``platform`` (a Platform value)."""
    return _FIRST_RECIPIENT.get(platform or "")


def entry(key: str | None) -> DirectoryEntry | None:
    return None if key is None else _BY_KEY.get(key)


def recipient_label(name: str, lang: str | None = None) -> str:
    """A recipient's name as the reader sees it, in the GUI and in documents alike: a
    built-in directory name (or a name an older version seeded for that entry) is a message
    translated here, once; a name the organisation typed (or edited) is shown as typed."""
    found = _BY_NAME.get(name)
    return name if found is None else translate(found.name, lang)


def guidance(recipient: Recipient, lang: str | None = None) -> list[str]:
    """What to show with a recipient: the directory's guidance for a built-in entry, the
    organisation's own text, then the reminder about links and identifiers."""
    found = entry(recipient.key)
    lines = [translate(m, lang) for m in found.guidance] if found is not None else []
    if recipient.guidance.strip():
        lines.append(recipient.guidance)
    lines.append(translate(RECORD_WITHOUT_OPENING, lang))
    return lines

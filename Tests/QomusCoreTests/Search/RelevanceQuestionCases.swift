/// The relevance suite's questions, partial matches, long and pasted queries and exact titles, written from the
/// cards' own wording: how a student asks, how much of a question the cards actually contain, what a reader
/// copies out of a card. For `.titles`, the title's card must come first.
extension RelevanceCase {
  static let questions: [RelevanceCase] =
    englishQuestions + uzbekQuestions + partialMatches + longQueries + pastedText + exactTitles

  static let englishQuestions: [RelevanceCase] = [
    .init(
      query: "what does Estonia use to connect state databases", expected: ["ana-ee-xroad"],
      category: .englishQuestions),
    .init(
      query: "can a citizen abroad get an electronic identity without a local SIM card",
      expected: ["prop-remote-eid"], category: .englishQuestions),
    .init(
      query: "what did the article say about Gosuslugi users numbers", expected: ["ana-ru-gosuslugi"],
      category: .englishQuestions),
    .init(
      query: "which law governs electronic digital signatures today",
      expected: ["act-uz-eds-law-2022"], category: .englishQuestions),
    .init(
      query: "who supervises the protection of personal data in Estonia",
      expected: ["ana-ee-data-protection-inspectorate"], category: .englishQuestions),
    .init(
      query: "when was the law on electronic government signed", expected: ["act-uz-egov-law"],
      category: .englishQuestions),
    .init(
      query: "what share of state services were provided electronically in 2024",
      expected: ["def-practical-consequences"], category: .englishQuestions),
    .init(
      query: "how does Russia oversee information security", expected: ["ana-ru-security-oversight"],
      category: .englishQuestions),
    .init(
      query: "is there a law on open data in Uzbekistan", expected: ["def-open-data-gap"],
      category: .englishQuestions),
    .init(
      query: "what should a standalone information security law cover", expected: ["prop-infosec-law"],
      category: .englishQuestions),
    .init(
      query: "why does the portal regulation lack binding force", expected: ["act-uz-portal-regulation"],
      category: .englishQuestions),
    .init(
      query: "how can people without a Swedish personal identity number get an e-ID",
      expected: ["ana-se-freja-eid"], category: .englishQuestions),
    .init(
      query: "who is the authority in the field of cybersecurity", expected: ["act-uz-cybersecurity-law"],
      category: .englishQuestions),
  ]

  static let uzbekQuestions: [RelevanceCase] = [
    .init(
      query: "shaxsiy maʼlumotlarni oʻchirish huquqi bormi", expected: ["prop-gdpr-alignment"],
      category: .uzbekQuestions),
    .init(
      query: "Estoniyada davlat organlarining axborot tizimlari qanday bogʻlanadi",
      expected: ["ana-ee-xroad"], category: .uzbekQuestions),
    .init(
      query: "chet eldagi fuqarolar my.gov.uz portalida roʻyxatdan oʻta oladimi",
      expected: ["def-diaspora-access"], category: .uzbekQuestions),
    .init(
      query: "axborot xavfsizligi toʻgʻrisida mustaqil qonun bormi", expected: ["def-no-infosec-law"],
      category: .uzbekQuestions),
    .init(
      query: "kiberxavfsizlik sohasidagi vakolatli organ qaysi", expected: ["act-uz-cybersecurity-law"],
      category: .uzbekQuestions),
    .init(
      query: "Gosuslugi portalining nechta foydalanuvchisi bor", expected: ["ana-ru-gosuslugi"],
      category: .uzbekQuestions),
    .init(
      query: "elektron xizmatlar majburiymi", expected: ["def-eservices-not-mandatory"],
      category: .uzbekQuestions),
    .init(
      query: "Shvetsiyada telefon raqamisiz elektron identifikatsiya qanday beriladi",
      expected: ["ana-se-freja-eid"], category: .uzbekQuestions),
    .init(
      query: "2024-yilda davlat xizmatlarining qancha foizi elektron shaklda koʻrsatilgan",
      expected: ["def-practical-consequences"], category: .uzbekQuestions),
    .init(
      query: "Raqamli Oʻzbekiston 2030 strategiyasi qachon tasdiqlangan",
      expected: ["act-uz-digital-uzbekistan-2030"], category: .uzbekQuestions),
    .init(
      query: "Rossiyada axborot xavfsizligini kim nazorat qiladi", expected: ["ana-ru-security-oversight"],
      category: .uzbekQuestions),
    .init(
      query: "yagona identifikatsiya tizimining huquqiy maqomi qanday", expected: ["def-digital-id-status"],
      category: .uzbekQuestions),
    .init(
      query: "Elektron hukumat kodeksi nimalarni oʻz ichiga olishi kerak", expected: ["prop-egov-code"],
      category: .uzbekQuestions),
  ]

  static let partialMatches: [RelevanceCase] = [
    .init(
      query: "right to be forgotten personal data", expected: ["prop-gdpr-alignment"],
      category: .partial),
    .init(
      query: "standalone information security law competent authority fines",
      expected: ["def-no-infosec-law", "prop-infosec-law"], category: .partial),
    .init(query: "X-Road blockchain Estonia", expected: ["ana-ee-xroad"], category: .partial),
    .init(query: "Gosuslugi mobile app downloads", expected: ["ana-ru-gosuslugi"], category: .partial),
    .init(query: "FISMA replacement act 2014 cloud", expected: ["ana-us-fisma"], category: .partial),
    .init(query: "ISO/IEC 27001 certification cost", expected: ["ana-iso-27001"], category: .partial),
    .init(query: "Freja eID bank login", expected: ["ana-se-freja-eid"], category: .partial),
    .init(query: "OMB Circular A-130 cloud computing", expected: ["ana-us-omb-a130"], category: .partial),
    .init(query: "data.gov.uz datasets count", expected: ["plat-uz-data-gov"], category: .partial),
    .init(
      query: "GDPR katta jarimalar va rozilik blokcheyn", expected: ["prop-gdpr-alignment"],
      category: .partial),
    .init(
      query: "Roskomnadzor FSB sanksiyalar statistikasi", expected: ["ana-ru-security-oversight"],
      category: .partial),
    .init(
      query: "Koreya ochiq maʼlumotlar reyting 2013", expected: ["ana-kr-open-data-law"],
      category: .partial),
  ]

  static let longQueries: [RelevanceCase] = [
    .init(
      query: """
        I am writing a term paper on how Uzbekistan could align its personal data law with the European Union's \
        General Data Protection Regulation and which requirements the article proposes for consent and fines
        """,
      expected: ["prop-gdpr-alignment"], category: .long),
    .init(
      query: """
        the article compares the Uzbek single portal with the Russian state services portal launched in 2009 that \
        has more than seventy million users
        """,
      expected: ["ana-ru-gosuslugi"], category: .long),
    .init(
      query: """
        which American law from 2002 requires a privacy impact assessment before a new system or service goes \
        live and what does the article say about its section 4
        """,
      expected: ["ana-us-egov-act"], category: .long),
    .init(
      query: """
        citizens travelling abroad cannot use the domestic mobile network so registration on my.gov.uz tied to a \
        phone number is impossible for them
        """,
      expected: ["def-diaspora-access"], category: .long),
    .init(
      query: """
        maqolaga koʻra davlat idoralari elektron shaklni ixtiyoriy ravishda tanlaydi va fuqarolarga ham tanlash \
        huquqi berilgan bu esa reytinglarga salbiy taʼsir qiladi
        """,
      expected: ["def-eservices-not-mandatory"], category: .long),
    .init(
      query: """
        Rossiyada axborot xavfsizligi 149-FZ qonuni bilan tartibga solinadi va uni Federal xavfsizlik xizmati \
        hamda Roskomnadzor ikki darajali tizimda nazorat qiladi deb maqola yozadi
        """,
      expected: ["ana-ru-security-oversight"], category: .long),
    .init(
      query: """
        what are the gaps between the many e-government laws in Uzbekistan and why do the definitions of \
        electronic services differ from one document to another
        """,
      expected: ["def-fragmentation"], category: .long),
    .init(
      query: """
        the proposal to merge the scattered laws on electronic government, informatization and personal data \
        into one code with digital rights and a liability regime
        """,
      expected: ["prop-egov-code"], category: .long),
    .init(
      query: """
        Estoniyaning X-Road platformasida har bir maʼlumot almashinuvi qayd etiladi va shaxsga doir \
        maʼlumotlar himoyasini inspeksiya qatʼiy nazorat qiladi
        """,
      expected: ["ana-ee-data-protection-inspectorate"], category: .long),
    .init(
      query: """
        a Swedish app that identifies users by a biometric passport scan, a selfie and NFC instead of a phone \
        number, with a government-grade level called Freja+
        """,
      expected: ["ana-se-freja-eid"], category: .long),
    .init(
      query: """
        who in the United States steers e-government strategy and oversees technology standards within the \
        Office of Management and Budget according to the article
        """,
      expected: ["ana-us-omb"], category: .long),
    .init(
      query: """
        oʻzbekistonda ochiq maʼlumotlar portallari faoliyatini belgilovchi maxsus qonun yoki reglament yoʻqligi \
        haqida maqola nima deydi va data.gov.uz qaysi qaror asosida ishlaydi
        """,
      expected: ["def-open-data-gap"], category: .long),
  ]

  static let pastedText: [RelevanceCase] = [
    .init(
      query: """
        Estoniya elektron hukumat sohasida katta yutuqlarga erishgan davlat sifatida keng tanilgan. Bu tizimning texnik tayanchi —
        2001-yilda ishga tushirilgan “X-Road” (eston tilida X-tee) integratsiya platformasi.
        """,
      expected: ["ana-ee-xroad"], category: .pasted),
    .init(
      query: """
        - kiberxavfsizlik infratuzilmasini yaratish (CERT va SOC markazlari faoliyatini qonuniylashtirish);
        - shaxsga doir maʼlumotlar bazalarini himoya qilishning minimal talablarini belgilash;
        """,
      expected: ["prop-infosec-law"], category: .pasted),
    .init(
      query: """
        - 2024-yilda davlat xizmatlarining faqat 60–65 foizi elektron shaklda amalga oshirilgan;
        - ayrim xizmatlarda fuqarolar hujjatlarni qogʻoz shaklida topshirishga majbur boʻlmoqda
        """,
      expected: ["def-practical-consequences"], category: .pasted),
    .init(
      query:
        "The Law “On Cybersecurity” was adopted by the Legislative Chamber\n\tof the Oliy Majlis on 25 February 2022",
      expected: ["act-uz-cybersecurity-law"], category: .pasted),
    .init(
      query: """
        Gosuslugi («Госуслуги», www.gosuslugi.ru) is Russia’s state services portal,
        which the article calls the “Single State Services Portal”.
        """,
      expected: ["ana-ru-gosuslugi"], category: .pasted),
    .init(
      query: """
        - a mechanism to confirm consent electronically before personal data is collected;
        - a guaranteed right of the citizen to see, change or delete their own data;
        - large fines for bodies that process data unlawfully.
        """,
      expected: ["prop-gdpr-alignment"], category: .pasted),
    .init(
      query: """
        The Single Identification System (id.gov.uz) is the state system that identifies users
        of electronic state services through a single account.
        """,
      expected: ["plat-uz-id-gov"], category: .pasted),
    .init(
      query: """
        Decree of the President of the Russian Federation No. 203 of 9 May 2017 approved the Strategy for the
        Development of the Information Society in the Russian Federation for 2017–2030.
        """,
      expected: ["ana-ru-decree-203"], category: .pasted),
    .init(
      query: """
        Muammoning ildizi roʻyxatdan oʻtishning telefon raqamiga bogʻlanganidadir:
        maqola “telefon raqami bilan bogʻliq majburiyat”ni kamaytirish zarurligini yozadi.
        """,
      expected: ["def-diaspora-access"], category: .pasted),
    .init(
      query: """
        ISO/IEC 27001 is an international standard issued by the International Organization for Standardization
        (ISO) and the International Electrotechnical Commission (IEC).
        """,
      expected: ["ana-iso-27001"], category: .pasted),
    .init(
      query: """
        the Public Services Agency (set up by Presidential Decree PF-5278 of 12 December 2017);
        the Ministry of Digital Technologies;
        the Information Security Centre;
        """,
      expected: ["def-overlapping-mandates"], category: .pasted),
    .init(
      query: """
        South Korea’s Digital Signature Act (전자서명법) was enacted on 5 February 1999
        as Act No. 5792.
        """,
      expected: ["ana-kr-digital-signature-act"], category: .pasted),
  ]

  static let exactTitles: [RelevanceCase] = [
    .init(query: "Law On Personal Data", expected: ["act-uz-personal-data-law"], category: .titles),
    .init(
      query: "Shaxsga doir maʼlumotlar toʻgʻrisidagi qonun", expected: ["act-uz-personal-data-law"],
      category: .titles),
    .init(query: "Law On Cybersecurity", expected: ["act-uz-cybersecurity-law"], category: .titles),
    .init(query: "Law On Informatization", expected: ["act-uz-informatization-law"], category: .titles),
    .init(query: "Elektron hukumat toʻgʻrisidagi qonun", expected: ["act-uz-egov-law"], category: .titles),
    .init(
      query: "Citizens abroad cannot register on my.gov.uz", expected: ["def-diaspora-access"],
      category: .titles),
    .init(
      query: "Legal fragmentation and duplicated norms", expected: ["def-fragmentation"],
      category: .titles),
    .init(
      query: "Overlapping and unclear mandates", expected: ["def-overlapping-mandates"], category: .titles),
    .init(
      query: "Insufficient open data legislation", expected: ["def-open-data-gap"], category: .titles),
    .init(query: "Under-regulated data security", expected: ["def-data-security-gaps"], category: .titles),
    .init(query: "Weak protection of personal data", expected: ["def-weak-personal-data"], category: .titles),
    .init(
      query: "Shaxsga doir maʼlumotlar himoyasining zaifligi", expected: ["def-weak-personal-data"],
      category: .titles),
    .init(query: "the E-Government Act of 2002", expected: ["ana-us-egov-act"], category: .titles),
    .init(
      query: "Ochiq maʼlumotlar qonunchiligining yetarli emasligi", expected: ["def-open-data-gap"],
      category: .titles),
    .init(
      query: "Adopt a standalone Law On Information Security", expected: ["prop-infosec-law"],
      category: .titles),
    .init(query: "Freja eID electronic identity", expected: ["ana-se-freja-eid"], category: .titles),
  ]
}

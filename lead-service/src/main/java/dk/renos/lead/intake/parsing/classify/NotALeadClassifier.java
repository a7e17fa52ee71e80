package dk.renos.lead.intake.parsing.classify;

import dk.renos.lead.intake.parsing.LeadSource;
import dk.renos.lead.intake.parsing.fields.LabelledBody.Field;
import dk.renos.lead.intake.parsing.fields.ServiceWords;
import dk.renos.lead.intake.parsing.fields.Text;
import dk.renos.lead.intake.parsing.shapes.Mail;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides that a mail is not a lead, and says why: delivery reports, auto-replies, calendar
 * notifications, newsletters, invoices and payment notices, a portal's own invoices and reports,
 * job applications, supplier offers, spam, replies to our quotes, complaints, and mail that does
 * not mention cleaning. The rules run in order and the first that holds gives the reason.
 *
 * <p>A portal's lead (contact labels, or a Rengøring.nu lead subject) and a filled-in website form
 * are lead-shaped: only the rules about who sent it (delivery report, auto-reply, calendar) and
 * what its message says (job application, supplier offer, spam, complaint) apply to them — a portal
 * sends leads as automatic mail, and a form's footer may well say "afmeld".
 */
public final class NotALeadClassifier {

  private static final Pattern BOUNCE_SENDER =
      Pattern.compile("(?i)^(mailer-daemon|postmaster)@.*");
  private static final Pattern BOUNCE_SUBJECT =
      Pattern.compile(
          "(?iu)^(?:undeliverable|undelivered mail|delivery status notification|mail delivery failed"
              + "|returned mail|kunne ikke leveres|ikke leveret|returneret).*");
  private static final Pattern AUTO_REPLY_SUBJECT =
      Pattern.compile(
          "(?iu)^(?:automatisk\\s+svar|autosvar|auto[\\s-]?reply|automatic\\s+reply|autoreply|out\\s+of\\s+(?:the\\s+)?office"
              + "|fraværende|ikke\\s+til\\s+stede|ikke\\s+på\\s+kontoret|ferie)\\b.*|.*\\b(?:autosvar|auto-reply)\\b.*");
  private static final Pattern AUTO_REPLY_BODY =
      Pattern.compile(
          "(?iu)dette\\s+er\\s+et\\s+automatisk(?:\\s+genereret)?\\s+svar|dette\\s+er\\s+en\\s+automatisk\\s+besked"
              + "|automatisk\\s+genereret\\s+svar|this\\s+is\\s+an\\s+automatic\\s+reply|jeg\\s+er\\s+(?:på\\s+)?ferie\\s+(?:og|indtil|fra)");
  private static final Pattern CALENDAR_SENDER =
      Pattern.compile("(?i)^(?:calendar-notification@google\\.com|.*@calendar\\.google\\.com)$");
  private static final Pattern CALENDAR_SUBJECT =
      Pattern.compile(
          "(?iu)^(?:invitation|opdateret\\s+invitation|updated\\s+invitation|invitation\\s+opdateret|accepteret|accepted"
              + "|afvist|declined|foreløbigt\\s+accepteret|tentatively\\s+accepted|aflyst\\s+begivenhed|canceled\\s+event"
              + "|cancelled\\s+event|aflyst|påmindelse|reminder|notification|underretning|begivenhed)\\s*:.*");
  private static final Pattern CALENDAR_BODY =
      Pattern.compile(
          "(?iu)invitation\\.ics|google\\s+kalender|google\\s+calendar|deltag\\s+med\\s+google\\s+meet|join\\s+with\\s+google\\s+meet"
              + "|invitation\\s+fra\\s+google|vil\\s+du\\s+deltage\\??\\s*(?:ja|yes)|microsoft\\s+teams-møde|outlook-kalender");
  private static final Pattern NEWSLETTER =
      Pattern.compile(
          "(?iu)afmeld|frameld|unsubscribe|nyhedsbrev|newsletter|vis\\s+(?:denne\\s+)?(?:e-?mail|mail)\\s+i\\s+(?:din\\s+)?browser"
              + "|view\\s+(?:this\\s+email\\s+)?in\\s+(?:your\\s+)?browser|du\\s+modtager\\s+denne\\s+(?:e-?mail|mail)\\s+fordi"
              + "|ikke\\s+længere\\s+modtage|administrer\\s+(?:dine\\s+)?(?:tilmeldinger|præferencer)");
  private static final Pattern INVOICE_SUBJECT =
      Pattern.compile(
          "(?iu).*(?:faktura|invoice|kreditnota|rykker|betalingspåmindelse|kvittering|ordrebekræftelse|kontoudtog|receipt"
              + "|betaling\\s+modtaget|betalingsbekræftelse|din\\s+betaling|payment|opkrævning|restance|abonnementsfornyelse).*");
  private static final Pattern INVOICE_BODY =
      Pattern.compile(
          "(?iu)fakturanr|fakturanummer|forfaldsdato|betalingsfrist|beløb\\s+at\\s+betale|at\\s+betale\\s+i\\s+alt"
              + "|betales\\s+senest|kreditnota|indbetalingskort|\\+71<|betalingsservice|vi\\s+har\\s+modtaget\\s+din\\s+betaling"
              + "|beløbet\\s+(?:trækkes|hæves)|kortet\\s+(?:er\\s+)?(?:blevet\\s+)?(?:trukket|debiteret)");
  private static final Pattern PORTAL_ACCOUNT =
      Pattern.compile(
          "(?iu)månedsrapport|månedlig\\s+rapport|rapport\\s+for|statistik|oversigt\\s+over|opgørelse|din\\s+konto"
              + "|dit\\s+abonnement|leads\\s+i\\s+(?:denne|sidste|forrige)\\s+måned|antal\\s+leads|jeres\\s+profil"
              + "|profil\\s+på|din\\s+saldo|kreditter|klippekort|vilkår|kære\\s+partner|pris(?:en)?\\s+pr\\.?\\s+lead"
              + "|adgangskode|password|log\\s+ind|nyhed(?:er)?\\s+(?:fra|i)");
  private static final Pattern JOB_APPLICATION =
      Pattern.compile(
          "(?iu)ansøgning|ansøger\\s+(?:om|hermed)|uopfordret|søger\\s+(?:et\\s+|nyt\\s+)?(?:job|arbejde|stilling|beskæftigelse)"
              + "|mit\\s+cv|vedhæftet\\s+(?:mit\\s+|er\\s+mit\\s+)?cv|(?<![\\p{L}])cv(?![\\p{L}])|stillingsopslag|praktikplads"
              + "|fritidsjob|studiejob|(?:arbejde|ansættelse|ansat)\\s+(?:for|hos)\\s+jer|ledig\\s+stilling|jobopslag"
              + "|arbejde\\s+som\\s+rengøringsassistent|erfaring\\s+som\\s+rengøringsassistent");
  private static final Pattern SUPPLIER_OFFER =
      Pattern.compile(
          "(?iu)(?:vi|jeg)\\s+(?:kan\\s+)?(?:gerne\\s+)?tilbyde[r]?\\s+(?:jer|dig|din\\s+virksomhed|jeres\\s+virksomhed|jeres\\s+firma)"
              + "|er\\s+(?:en\\s+)?(?:førende\\s+)?leverandør|engros|rengøringsmidler|rengøringsartikler|rengøringsprodukter|mikrofiber|forbrugsvarer|toiletpapir"
              + "|håndsæbe|indkøbsaftale|samarbejdspartner|uforpligtende\\s+demo|vores\\s+produkter|vores\\s+løsning|webshop"
              + "|kampagnepris|introduktionspris|leasing|(?<![\\p{L}])seo(?![\\p{L}])|google[\\s-]annonc|markedsføring|flere\\s+kunder"
              + "|nye\\s+kunder\\s+til|(?<![\\p{L}])b2b(?![\\p{L}])|rengøringsmaskine|gulvvaskemaskine|jeres\\s+rengøringsfirma\\s+kan\\s+vokse"
              + "|vi\\s+er\\s+(?:også\\s+)?et\\s+(?:andet\\s+)?rengøringsfirma|overtage\\s+.{0,25}kunder|underleverandør"
              + "|samarbejdsaftale");
  private static final Pattern SPAM =
      Pattern.compile(
          "(?iu)(?:du\\s+har\\s+)?vundet|gevinst|lotteri|bitcoin|krypto|crypto|casino|viagra|lån\\s+uden|hurtigt\\s+lån"
              + "|inheritance|dear\\s+(?:friend|sir|beneficiary)|verify\\s+your\\s+account|bekræft\\s+din\\s+konto"
              + "|din\\s+pakke\\s+(?:kunne|venter|er\\s+tilbageholdt)|claim\\s+your|100\\s?%\\s+gratis|click\\s+here|klik\\s+her\\s+for\\s+at"
              + "|investering\\s+med|tjen\\s+penge|dating|hot\\s+singles|konto\\s+er\\s+blevet\\s+spærret|suspended");
  private static final Pattern REPLY_SUBJECT =
      Pattern.compile("(?iu)^(?:re|sv|aw|antw|vs\\s*:\\s*re)\\s*(?:\\[\\d+\\])?\\s*:.*");
  private static final Pattern QUOTED_REPLY =
      Pattern.compile(
          "(?imu)^>|^(?:den|d\\.|on)\\s.{3,120}\\s(?:skrev|wrote)\\s*:?\\s*$|-{2,}\\s*(?:oprindelig\\s+meddelelse|original\\s+message)"
              + "|^fra:\\s.+\\n(?:sendt|dato|date|sent):");
  private static final Pattern ABOUT_OUR_QUOTE =
      Pattern.compile(
          "(?iu)tak\\s+for\\s+(?:tilbuddet|jeres\\s+tilbud|dit\\s+tilbud|det\\s+fremsendte|svaret|hurtigt\\s+svar)"
              + "|(?:vi|jeg)\\s+(?:accepterer|takker\\s+ja|siger\\s+ja)|tage\\s+imod\\s+(?:tilbuddet|jeres\\s+tilbud)"
              + "|(?:angående|vedr\\.?|vedrørende)\\s+(?:jeres\\s+|dit\\s+|det\\s+)?tilbud|tilbud\\s+nr\\.?|jeres\\s+tilbud\\s+(?:på|af|fra)"
              + "|det\\s+tilbud\\s+(?:i|du)\\s+sendte|tilbuddet\\s+(?:lyder|ser)");
  private static final Pattern COMPLAINT_WORDS =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])klage|klager\\s+over|utilfreds|ikke\\s+(?:særlig\\s+)?tilfreds|skuffet|skuffende|dårligt\\s+udført"
              + "|ikke\\s+ordentligt|ikke\\s+gjort\\s+rent|sjusk|uacceptabel|erstatning|kompensation|penge(?:ne)?\\s+tilbage"
              + "|refunder|refusion|ødelag|ridse[rt]?|mødte\\s+ikke\\s+op|ikke\\s+mødt\\s+op|kom\\s+aldrig|for\\s+dårligt"
              + "|elendig|helt\\s+galt|ikke\\s+i\\s+orden");
  private static final Pattern STRONG_COMPLAINT =
      Pattern.compile(
          "(?iu)(?:vil|skal|må)\\s+(?:gerne\\s+)?klage|klage\\s+over|klager\\s+over|penge(?:ne)?\\s+tilbage|refusion"
              + "|kompensation|erstatning|reklamation|reklamere");
  private static final Pattern OUR_VISIT =
      Pattern.compile(
          "(?u)(?iu:jeres\\s+(?:medarbejder|rengøringsassistent|rengøringsdame|folk|personale|mand|dame|team|besøg|arbejde|rengøring)"
              + "|da\\s+i\\s+var\\s+her|efter\\s+jeres|rengøringen\\s+(?:i\\s+går|i\\s+dag|i\\s+fredags|i\\s+mandags|sidste\\s+uge|forleden)"
              + "|den\\s+rengøring\\s+i\\s+(?:lavede|udførte)|jeres\\s+faktura|vi\\s+har\\s+betalt)"
              + "|(?<![\\p{L}])I\\s+(?:har|var|kom|glemte|lovede|gjorde|skulle|lavede|efterlod|ødelagde)(?![\\p{L}])");

  private static final Pattern EXISTING_BOOKING =
      Pattern.compile(
          "(?iu)aflys|afbestil|opsig|hvornår\\s+kommer\\s+i|rykke\\s+(?:den|tiden|aftalen|besøget|rengøringen)"
              + "|flytte\\s+(?:tiden|aftalen|besøget)|ændre\\s+(?:tiden|datoen|tidspunktet|aftalen)|vores\\s+aftale"
              + "|næste\\s+besøg|nøglen\\s+ligger|min\\s+booking|vores\\s+booking");
  private static final Pattern RN_LEAD_SUBJECT =
      Pattern.compile(
          "(?iu)^(?:(?:fwd?|vs|fw)\\s*:\\s*)*(?:.+?\\s+fra\\s+reng\\S*\\.nu|nyt\\s+lead\\s+fra\\b.*)$");

  private record Rule(String reason, Predicate<Mail> holds) {}

  private static final List<Rule> ANY_MAIL =
      List.of(
          new Rule(
              "delivery status notification",
              m ->
                  (m.from() != null && BOUNCE_SENDER.matcher(m.from()).matches())
                      || BOUNCE_SUBJECT.matcher(m.subject()).matches()),
          new Rule(
              "auto-reply",
              m ->
                  AUTO_REPLY_SUBJECT.matcher(m.subject()).matches()
                      || AUTO_REPLY_BODY.matcher(m.body()).find()),
          new Rule(
              "calendar notification",
              m ->
                  (m.from() != null && CALENDAR_SENDER.matcher(m.from()).matches())
                      || (CALENDAR_SUBJECT.matcher(m.subject()).matches()
                          && CALENDAR_BODY.matcher(m.body()).find())));

  private static final List<Rule> MESSAGE_CONTENT =
      List.of(
          new Rule("job application", m -> JOB_APPLICATION.matcher(message(m)).find()),
          new Rule("supplier offer", m -> SUPPLIER_OFFER.matcher(message(m)).find()),
          new Rule("spam", m -> SPAM.matcher(message(m)).find()),
          new Rule(
              "complaint",
              m ->
                  STRONG_COMPLAINT.matcher(message(m)).find()
                      || (COMPLAINT_WORDS.matcher(message(m)).find()
                          && OUR_VISIT.matcher(message(m)).find())));

  // Rules that hold for ordinary mail and for a portal's own mail alike.
  private static final Rule BULK =
      new Rule("bulk or automatic mail (headers)", Mail::bulkOrAutomatic);

  private static final Rule NEWSLETTER_MAIL =
      new Rule(
          "newsletter",
          m -> NEWSLETTER.matcher(m.subject()).find() || NEWSLETTER.matcher(m.body()).find());

  private static final Rule INVOICE =
      new Rule(
          "invoice or payment notice",
          m ->
              INVOICE_SUBJECT.matcher(m.subject()).matches()
                  || INVOICE_BODY.matcher(m.body()).find());

  private static final List<Rule> ORDINARY_MAIL =
      List.of(
          new Rule(
              "reply to our quote or an existing conversation",
              m ->
                  REPLY_SUBJECT.matcher(m.subject()).matches()
                      || QUOTED_REPLY.matcher(m.body()).find()
                      || ABOUT_OUR_QUOTE.matcher(m.body()).find()),
          BULK,
          NEWSLETTER_MAIL,
          INVOICE,
          new Rule(
              "about an existing booking (cancel, move, question)",
              m -> EXISTING_BOOKING.matcher(m.text()).find()));

  private static final List<Rule> PORTAL_OWN_MAIL =
      List.of(
          BULK,
          NEWSLETTER_MAIL,
          INVOICE,
          new Rule(
              "portal report or account mail",
              m ->
                  PORTAL_ACCOUNT.matcher(m.subject()).find()
                      || PORTAL_ACCOUNT.matcher(m.body()).find()));

  /** The reason this mail is not a lead, or empty when it may be one. */
  public Optional<String> classify(Mail mail) {
    Optional<String> reason = first(ANY_MAIL, mail);
    if (reason.isPresent()) {
      return reason;
    }
    if (mail.source() != LeadSource.WEBSITE) {
      if (isPortalLead(mail)) {
        return first(MESSAGE_CONTENT, mail);
      }
      return first(PORTAL_OWN_MAIL, mail).map(r -> r + " from " + mail.source().displayName());
    }
    if (mail.isForm()) {
      return first(MESSAGE_CONTENT, mail);
    }
    reason = first(ORDINARY_MAIL, mail).or(() -> first(MESSAGE_CONTENT, mail));
    if (reason.isPresent()) {
      return reason;
    }
    if (!ServiceWords.mentionsCleaning(mail.text())) {
      return Optional.of("no lead markers (does not mention cleaning)");
    }
    return Optional.empty();
  }

  /** A portal mail in a lead's shape: contact labels, or a Rengøring.nu lead subject. */
  public static boolean isPortalLead(Mail mail) {
    return mail.hasContactLabels()
        || (mail.source() == LeadSource.RENGORING_NU
            && RN_LEAD_SUBJECT.matcher(mail.subject()).matches());
  }

  /**
   * What the sender wrote themselves: for a form or portal lead the message field, else subject and
   * body.
   */
  private static String message(Mail mail) {
    if (mail.isForm() || (mail.source() != LeadSource.WEBSITE && mail.hasContactLabels())) {
      return mail.subject() + "\n" + Text.nullToEmpty(mail.labels().get(Field.MESSAGE));
    }
    return mail.text();
  }

  private static Optional<String> first(List<Rule> rules, Mail mail) {
    return rules.stream().filter(r -> r.holds().test(mail)).map(Rule::reason).findFirst();
  }
}

package dk.renos.lead.intake.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.renos.lead.intake.parsing.fields.EmailAddresses;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadParserTests {

  private final LeadParser parser = new LeadParser();

  private ParseResult parseFixture(String name) {
    return parser.parse(LeadEmailFixtures.load(name));
  }

  private static Map<String, Integer> rooms(Object... nameThenCount) {
    Map<String, Integer> rooms = new LinkedHashMap<>();
    for (int i = 0; i < nameThenCount.length; i += 2) {
      rooms.put((String) nameThenCount[i], (Integer) nameThenCount[i + 1]);
    }
    return rooms;
  }

  private static void assertResult(ParseResult actual, ParseResult expected) {
    assertThat(actual).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(expected);
  }

  // ---------------------------------------------------------------- portal fixtures

  @Test
  void rengoringNuStandardBodyIsARecurringWeeklyLead() {
    assertResult(
        parseFixture("rengoringnu-standard.txt"),
        new ParseResult.Lead(
            LeadSource.RENGORING_NU,
            new ParsedLead(
                "Mette Hansen",
                "mette.hansen@example.dk",
                "+4522334455",
                "Skovvejen 9A",
                "8000",
                "Aarhus C",
                98,
                rooms("bedroom", 2, "kitchen", 1, "bathroom", 1),
                ServiceType.RECURRING,
                Frequency.WEEKLY,
                "Fredag eftermiddag",
                "Lejlighed",
                List.of("Vinduespolering"))));
  }

  @Test
  void rengoringNuNytLeadVariantIsAMoveOutLead() {
    assertResult(
        parseFixture("rengoringnu-nyt-lead.txt"),
        new ParseResult.Lead(
            LeadSource.RENGORING_NU,
            new ParsedLead(
                "Søren Østergaard",
                "soeren.oestergaard@example.com",
                "+4531728490",
                "Østerbrogade 112, 3. th.",
                "2100",
                "København Ø",
                78,
                rooms("værelser", 3, "køkken", 1, "badeværelse", 1),
                ServiceType.MOVE_OUT,
                null,
                "Lørdag d. 29. marts",
                "Lejlighed",
                List.of("Ovn", "Køleskab"))));
  }

  @Test
  void rengoringNuWithOddSpacingAndCasingIsStillALead() {
    assertResult(
        parseFixture("rengoringnu-odd-spacing.txt"),
        new ParseResult.Lead(
            LeadSource.RENGORING_NU,
            new ParsedLead(
                "Anne-Marie Jørgensen",
                "amj@example.dk",
                "+4540506070",
                "Birkevej 3",
                "5000",
                "Odense C",
                120,
                Map.of(),
                ServiceType.RECURRING,
                Frequency.BIWEEKLY,
                "Mandag eller tirsdag formiddag",
                "Rækkehus",
                List.of())));
  }

  @Test
  void leadpointMoveOutCombinesAddressAndPostalCodeLabels() {
    assertResult(
        parseFixture("leadpoint-flytning.txt"),
        new ParseResult.Lead(
            LeadSource.RENGORING_AARHUS,
            new ParsedLead(
                "Jonas Kjærgaard",
                "jonas.kjaergaard@example.dk",
                "+4522987654",
                "Tranevej 14, 1. tv",
                "8200",
                "Aarhus N",
                65,
                Map.of(),
                ServiceType.MOVE_OUT,
                null,
                "Fredag 28. februar",
                "Lejlighed",
                List.of())));
  }

  @Test
  void leadpointDeepCleanWithOnlyAPhoneIsALead() {
    assertResult(
        parseFixture("leadpoint-hovedrengoring.txt"),
        new ParseResult.Lead(
            LeadSource.RENGORING_AARHUS,
            new ParsedLead(
                "Birgitte Lærkegård",
                null,
                "+4531415926",
                "Fyrrebakken 7",
                "8240",
                "Risskov",
                140,
                Map.of(),
                ServiceType.DEEP_CLEAN,
                null,
                null,
                "Villa",
                List.of("Ovn", "køleskab"))));
  }

  @Test
  void adhelpOfficeLeadKeepsTheWeeklyFrequency() {
    assertResult(
        parseFixture("adhelp-erhverv.txt"),
        new ParseResult.Lead(
            LeadSource.ADHELP,
            new ParsedLead(
                "Lars Bøgh",
                "lars@boegh-soen.example.com",
                "+4587654321",
                "Industrivej 22",
                "7100",
                "Vejle",
                250,
                Map.of(),
                ServiceType.OFFICE,
                Frequency.WEEKLY,
                null,
                "Kontor",
                List.of(),
                "Bøgh & Søn ApS")));
  }

  @Test
  void adhelpLeadWithoutServiceTypeGoesToManualReview() {
    assertResult(
        parseFixture("adhelp-unclear.txt"),
        new ParseResult.ManualReview(
            LeadSource.ADHELP,
            "no service type detected",
            new ParsedLead(
                "Henrik Møller",
                "henrik.moeller@example.com",
                "+4551223344",
                "Ålborggade 5",
                "9000",
                "Aalborg",
                null,
                Map.of(),
                null,
                null,
                null,
                null,
                List.of())));
  }

  // ---------------------------------------------------------------- website / direct mail fixtures

  @Test
  void clearFreeTextRequestIsAWebsiteLead() {
    assertResult(
        parseFixture("website-clear.txt"),
        new ParseResult.Lead(
            LeadSource.WEBSITE,
            new ParsedLead(
                "Camilla Vestergaard",
                "camilla.v@example.com",
                "+4526112233",
                "Nørrebrogade 12, 2. tv",
                "2200",
                "København N",
                78,
                Map.of(),
                ServiceType.MOVE_OUT,
                null,
                null,
                "Lejlighed",
                List.of())));
  }

  @Test
  void websiteFormFromNoReplySenderTakesTheCustomerFromTheBody() {
    assertResult(
        parseFixture("website-form.txt"),
        new ParseResult.Lead(
            LeadSource.WEBSITE,
            new ParsedLead(
                "Jonas Krogh",
                "jonas.krogh@example.com",
                "+4561234567",
                "Åboulevarden 40",
                "8000",
                "Aarhus C",
                110,
                Map.of(),
                ServiceType.RECURRING,
                Frequency.BIWEEKLY,
                null,
                null,
                List.of())));
  }

  @Test
  void directOfficeRequestWithUngroupedPhoneAfterTlf() {
    assertResult(
        parseFixture("website-office-direct.txt"),
        new ParseResult.Lead(
            LeadSource.WEBSITE,
            new ParsedLead(
                "Pernille Ørsted",
                "pernille@tegnestue.example.dk",
                "+4542424242",
                "Vestergade 21",
                "8000",
                "Aarhus C",
                180,
                Map.of(),
                ServiceType.OFFICE,
                Frequency.BIWEEKLY,
                null,
                "Kontor",
                List.of(),
                "Tegnestuen Ørsted")));
  }

  @Test
  void vagueWebsiteRequestGoesToManualReview() {
    assertResult(
        parseFixture("website-vague.txt"),
        new ParseResult.ManualReview(
            LeadSource.WEBSITE,
            "no service type detected",
            new ParsedLead(
                "Bent Ravn",
                "bent.ravn@example.com",
                null,
                null,
                null,
                null,
                null,
                Map.of(),
                null,
                null,
                null,
                null,
                List.of())));
  }

  // ---------------------------------------------------------------- ordinary mail fixtures

  @Test
  void newsletterIsNotALead() {
    assertResult(parseFixture("newsletter.txt"), new ParseResult.NotALead("newsletter"));
  }

  @Test
  void cleaningMailMarkedBulkByItsHeadersIsNotALeadButAFormWithTheSameHeadersIs() {
    InboundEmail offer =
        new InboundEmail(
            "kampagne@example.dk",
            "Rengøringsgrossisten",
            "Tilbud på rengøringsmidler",
            "Vil du have en pris på rengøring af dit lager? Kan I bruge 20 % rabat?",
            List.of(),
            true);
    InboundEmail form = LeadEmailFixtures.load("website-form.txt");
    InboundEmail formWithHeaders =
        new InboundEmail(
            form.from(), form.fromName(), form.subject(), form.bodyText(), form.replyTo(), true);

    assertResult(parser.parse(offer), new ParseResult.NotALead("bulk or automatic mail (headers)"));
    assertThat(parser.parse(formWithHeaders)).isInstanceOf(ParseResult.Lead.class);
  }

  @Test
  void supplierInvoiceIsNotALead() {
    assertResult(
        parseFixture("supplier-invoice.txt"),
        new ParseResult.NotALead("invoice or payment notice"));
  }

  @Test
  void customersThanksForTheQuoteIsNotALead() {
    assertResult(
        parseFixture("customer-thanks-reply.txt"),
        new ParseResult.NotALead("reply to our quote or an existing conversation"));
  }

  @Test
  void autoReplyIsNotALead() {
    assertResult(parseFixture("auto-reply.txt"), new ParseResult.NotALead("auto-reply"));
  }

  // ---------------------------------------------------------------- more rules, inline

  @Test
  void thanksForTheQuoteWithoutReplyPrefixIsStillNotALead() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "mette.hansen@example.dk",
                "Mette Hansen",
                "Flytterengøring",
                "Tak for tilbuddet på flytterengøringen. Vi vil gerne have at I kommer d. 31."));
    assertThat(result).isInstanceOf(ParseResult.NotALead.class);
  }

  @Test
  void mailWithoutCleaningWordsIsNotALead() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "ole@example.dk",
                "Ole",
                "Frokost fredag",
                "Hej, skal vi tage frokost på fredag? Mvh Ole"));
    assertThat(result)
        .isEqualTo(new ParseResult.NotALead("no lead markers (does not mention cleaning)"));
  }

  @Test
  void mentionOfCleaningThatIsNotARequestGoesToManualReview() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "ole@example.dk",
                "Ole Dam",
                "Nøgle",
                "Nøglen til hovedrengøringen ligger under måtten."));
    assertThat(result).isInstanceOf(ParseResult.ManualReview.class);
    assertThat(((ParseResult.ManualReview) result).reason())
        .startsWith("mentions cleaning but does not read like a request");
    assertThat(((ParseResult.ManualReview) result).partial().serviceType())
        .isEqualTo(ServiceType.DEEP_CLEAN);
  }

  @Test
  void windowsOnlyRequestIsWindows() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "k@example.com",
                "Karen Lund",
                "Vinduer",
                "Hej, kan I pudse vinduer i mit rækkehus hver måned? Jeg vil gerne have en pris på vinduespudsning."));
    assertThat(result).isInstanceOf(ParseResult.Lead.class);
    ParsedLead lead = ((ParseResult.Lead) result).fields();
    assertThat(lead.serviceType()).isEqualTo(ServiceType.WINDOWS);
    assertThat(lead.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(lead.propertyType()).isEqualTo("Rækkehus");
  }

  @Test
  void windowsNextToAnotherServiceIsAnExtra() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "k@example.com",
                "Karen Lund",
                "Tilbud",
                "Hej, jeg ønsker et tilbud på hovedrengøring inkl. vinduespolering af mit hus på 130 kvm."));
    ParsedLead lead = ((ParseResult.Lead) result).fields();
    assertThat(lead.serviceType()).isEqualTo(ServiceType.DEEP_CLEAN);
    assertThat(lead.extras()).containsExactly("Vinduespolering");
    assertThat(lead.areaSqm()).isEqualTo(130);
    assertThat(lead.propertyType()).isEqualTo("Hus");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hver uge | RECURRING | WEEKLY",
        "ugentligt | RECURRING | WEEKLY",
        "Hver 14. dag | RECURRING | BIWEEKLY",
        "hver anden uge | RECURRING | BIWEEKLY",
        "Hver 2. uge | RECURRING | BIWEEKLY",
        "Månedlig | RECURRING | MONTHLY",
        "En gang om måneden | RECURRING | MONTHLY",
        "Hver 4. uge | RECURRING | MONTHLY",
        "Kun én gang | ONE_OFF | ",
      })
  void frequencyAnswersOnPortals(String answer, ServiceType type, Frequency frequency) {
    ParseResult result =
        parser.parse(portalMailWithoutType("Hvor ofte vil du have rengøring: " + answer));
    ParsedLead lead = ((ParseResult.Lead) result).fields();
    assertThat(lead.serviceType()).isEqualTo(type);
    assertThat(lead.frequency()).isEqualTo(frequency);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Fast rengøring | RECURRING",
        "Hovedrengøring | DEEP_CLEAN",
        "Flytterengøring | MOVE_OUT",
        "Fraflytning | MOVE_OUT",
        "Engangsopgave | ONE_OFF",
        "Engangsrengøring | ONE_OFF",
        "Erhverv | OFFICE",
        "Kontorrengøring | OFFICE",
        "Vinduespolering | WINDOWS",
        "Vinduespudsning | WINDOWS",
        "FLYTTERENGORING | MOVE_OUT",
      })
  void serviceTypeWords(String words, ServiceType type) {
    ParseResult result = parser.parse(portalMail("Type af rengøring: " + words));
    assertThat(((ParseResult.Lead) result).fields().serviceType()).isEqualTo(type);
  }

  @Test
  void unknownFrequencyAnswerGoesToManualReview() {
    ParseResult result = parser.parse(portalMail("Hvor ofte vil du have rengøring: Hver 3. uge"));
    assertThat(result).isInstanceOf(ParseResult.ManualReview.class);
    assertThat(((ParseResult.ManualReview) result).reason()).contains("frequency not understood");
  }

  @Test
  void deepCleanAskedForWeeklyGoesToManualReview() {
    ParseResult result =
        parser.parse(portalMail("Type af rengøring: Hovedrengøring\nHvor ofte: Hver uge"));
    ParseResult.ManualReview review = (ParseResult.ManualReview) result;
    assertThat(review.reason())
        .isEqualTo("conflicting service type and frequency: DEEP_CLEAN but WEEKLY");
    assertThat(review.partial().serviceType()).isEqualTo(ServiceType.DEEP_CLEAN);
  }

  @Test
  void severalServiceTypesInFreeTextGoToManualReview() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "k@example.com",
                "Karen Lund",
                "Tilbud",
                "Hej, jeg vil gerne have et tilbud på en hovedrengøring og derefter fast rengøring. Tlf 22 44 66 88."));
    assertThat(result).isInstanceOf(ParseResult.ManualReview.class);
    assertThat(((ParseResult.ManualReview) result).reason())
        .isEqualTo("several service types mentioned: RECURRING, DEEP_CLEAN");
  }

  @Test
  void portalLeadWithoutEmailOrPhoneGoesToManualReview() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "noreply@leadmail.no",
                "Rengøring.nu",
                "Ida Holm fra Rengøring.nu",
                "Adresse: Havnegade 1, 5000 Odense C\nType af rengøring: Hovedrengøring\n"));
    ParseResult.ManualReview review = (ParseResult.ManualReview) result;
    assertThat(review.reason()).isEqualTo("no e-mail address or phone number");
    assertThat(review.partial().name()).isEqualTo("Ida Holm");
  }

  @Test
  void portalPhoneThatIsNotDanishGoesToManualReview() {
    ParseResult result = parser.parse(portalMail("Telefon: +46 70 123 45 67"));
    assertThat(((ParseResult.ManualReview) result).reason())
        .contains("phone number is not a Danish 8-digit number");
  }

  @Test
  void unrecognisedMessageFromAPortalGoesToManualReview() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "info@leadpoint.dk",
                "Leadpoint",
                "Ny opgave #4411",
                "Ny opgave i 8000 Aarhus C. Se opgaven i portalen."));
    assertThat(result)
        .usingRecursiveComparison()
        .ignoringFields("partial")
        .isEqualTo(
            new ParseResult.ManualReview(
                LeadSource.RENGORING_AARHUS,
                "unrecognised message format from Rengøring Aarhus",
                ParsedLeads.EMPTY));
  }

  @Test
  void invoiceFromAPortalIsNotALead() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "faktura@adhelp.dk",
                "AdHelp",
                "Faktura for marts",
                "Fakturanummer 881\nBeløb at betale: 1.200 kr."));
    assertThat(result).isEqualTo(new ParseResult.NotALead("invoice or payment notice from AdHelp"));
  }

  @Test
  void portalAddressInTheEmailLabelIsNeverTakenAsTheCustomer() {
    ParseResult result = parser.parse(portalMail("Email: kunde-7781@leadmail.no"));
    ParseResult.ManualReview review = (ParseResult.ManualReview) result;
    assertThat(review.reason()).isEqualTo("customer e-mail is a portal address");
    assertThat(review.partial().email()).isNull();
  }

  @Test
  void labelValueOnTheNextLineAndMultiLineMessage() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "noreply@leadmail.no",
                "",
                "Nyt lead fra Rengøring.nu",
                "Navn:\nKirsten Å. Bækgaard\nEmail:\n\nkirsten@example.dk\nType af rengøring: Hovedrengøring\n"
                    + "Besked: Første linje\nanden linje\n\nFooter"));
    ParsedLead lead = ((ParseResult.Lead) result).fields();
    assertThat(lead.name()).isEqualTo("Kirsten Å. Bækgaard");
    assertThat(lead.email()).isEqualTo("kirsten@example.dk");
  }

  @Test
  void nameComesFromTheRengoringNuSubjectWhenTheBodyHasNone() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "noreply@leadmail.no",
                "",
                "Ærbødige Åse Øster fra Rengøring.nu",
                "Email: aase@example.dk\nType af rengøring: Engangsopgave"));
    assertThat(((ParseResult.Lead) result).fields().name()).isEqualTo("Ærbødige Åse Øster");
  }

  @Test
  void areaInFreeTextNeedsAUnit() {
    assertThat(parseFreeTextArea("lejlighed på 78m2 i Aarhus")).isEqualTo(78);
    assertThat(parseFreeTextArea("huset er 140 kvadratmeter")).isEqualTo(140);
    assertThat(parseFreeTextArea("vi bor i 8000 Aarhus")).isNull();
  }

  private Integer parseFreeTextArea(String text) {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "a@example.dk",
                "A B",
                "Flytterengøring",
                "Jeg vil gerne have tilbud på flytterengøring. " + text));
    return ((ParseResult.Lead) result).fields().areaSqm();
  }

  // ---------------------------------------------------------------- quote recipient

  @Test
  void rengoringNuQuoteGoesToTheCustomerNeverToLeadmail() {
    ParseResult.Lead lead = (ParseResult.Lead) parseFixture("rengoringnu-standard.txt");
    assertThat(LeadSource.RENGORING_NU.replyRule()).isEqualTo(ReplyRule.NEW_EMAIL_TO_CUSTOMER);
    assertThat(lead.source().quoteRecipient(lead.fields(), "noreply@leadmail.no"))
        .contains("mette.hansen@example.dk");
  }

  @Test
  void adhelpQuoteGoesToTheCustomerNeverToAdhelp() {
    ParseResult.Lead lead = (ParseResult.Lead) parseFixture("adhelp-erhverv.txt");
    assertThat(LeadSource.ADHELP.replyRule()).isEqualTo(ReplyRule.NEW_EMAIL_TO_CUSTOMER);
    assertThat(lead.source().quoteRecipient(lead.fields(), "leads@adhelp.dk"))
        .contains("lars@boegh-soen.example.com");
  }

  @Test
  void leadpointQuoteIsAReplyInTheThread() {
    ParseResult.Lead lead = (ParseResult.Lead) parseFixture("leadpoint-hovedrengoring.txt");
    assertThat(LeadSource.RENGORING_AARHUS.replyRule()).isEqualTo(ReplyRule.REPLY_IN_THREAD);
    assertThat(lead.source().quoteRecipient(lead.fields(), "opgave-48377@leadpoint.dk"))
        .contains("opgave-48377@leadpoint.dk");
  }

  @Test
  void websiteQuoteRepliesToTheSenderOrToTheCustomerWhenTheSenderIsNoReply() {
    ParseResult.Lead direct = (ParseResult.Lead) parseFixture("website-clear.txt");
    assertThat(LeadSource.WEBSITE.quoteRecipient(direct.fields(), "camilla.v@example.com"))
        .contains("camilla.v@example.com");
    ParseResult.Lead form = (ParseResult.Lead) parseFixture("website-form.txt");
    assertThat(LeadSource.WEBSITE.quoteRecipient(form.fields(), "noreply@renos.example.dk"))
        .contains("jonas.krogh@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kunde@leadmail.no",
        "KUNDE@LEADMAIL.NO",
        "x@mail.leadmail.no",
        "lead@adhelp.dk",
        "AdHelp <lead@AdHelp.dk>",
        "x@eu.adhelp.dk",
        "not an address",
        ""
      })
  void quoteRecipientIsNeverAPortalRelay(String forbidden) {
    ParsedLead customerAtPortal = ParsedLeads.withEmail(forbidden);
    for (LeadSource source : LeadSource.values()) {
      for (String sender : List.of(forbidden, "noreply@leadmail.no", "leads@adhelp.dk", "")) {
        Optional<String> recipient = source.quoteRecipient(customerAtPortal, sender);
        assertThat(recipient)
            .as("%s, sender %s", source, sender)
            .satisfiesAnyOf(
                r -> assertThat(r).isEmpty(),
                r ->
                    assertThat(r.get())
                        .doesNotContainIgnoringCase("leadmail.no")
                        .doesNotContainIgnoringCase("adhelp.dk"));
      }
      assertThat(source.quoteRecipient(null, forbidden)).as("%s, no lead", source).isEmpty();
    }
  }

  @Test
  void everyFixtureLeadHasAPermittedQuoteRecipientOrNone() {
    for (String fixture :
        List.of(
            "rengoringnu-standard.txt",
            "rengoringnu-nyt-lead.txt",
            "rengoringnu-odd-spacing.txt",
            "leadpoint-flytning.txt",
            "leadpoint-hovedrengoring.txt",
            "adhelp-erhverv.txt",
            "website-clear.txt",
            "website-form.txt",
            "website-office-direct.txt")) {
      InboundEmail email = LeadEmailFixtures.load(fixture);
      ParseResult.Lead lead = (ParseResult.Lead) parser.parse(email);
      lead.source()
          .quoteRecipient(lead.fields(), email.from())
          .ifPresent(r -> assertThat(EmailAddresses.isNeverSendTo(r)).as(fixture).isFalse());
    }
  }

  @Test
  void sourceIsRecognisedBySenderDomain() {
    assertThat(LeadSource.ofSender("noreply@leadmail.no")).isEqualTo(LeadSource.RENGORING_NU);
    assertThat(LeadSource.ofSender("Rengøring.nu <Lead@LeadMail.NO>"))
        .isEqualTo(LeadSource.RENGORING_NU);
    assertThat(LeadSource.ofSender("opgave-1@leadpoint.dk")).isEqualTo(LeadSource.RENGORING_AARHUS);
    assertThat(LeadSource.ofSender("leads@adhelp.dk")).isEqualTo(LeadSource.ADHELP);
    assertThat(LeadSource.ofSender("someone@notleadmail.no")).isEqualTo(LeadSource.WEBSITE);
    assertThat(LeadSource.ofSender("someone@example.dk")).isEqualTo(LeadSource.WEBSITE);
    assertThat(LeadSource.ofSender("")).isEqualTo(LeadSource.WEBSITE);
  }

  // ---------------------------------------------------------------- Danish characters

  @Test
  void danishCharactersSurviveIncludingDecomposedForms() {
    String decomposed = Normalizer.normalize("Åse Ærø-Østergård", Normalizer.Form.NFD);
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "noreply@leadmail.no",
                "",
                "Nyt lead fra Rengøring.nu",
                "Navn: "
                    + decomposed
                    + "\nEmail: aase@example.dk\nAdresse: Æblehaven 2, 6000 Kolding\n"
                    + "Type af rengøring: Hovedrengøring\nBoligtype: Rækkehus\nEkstratjenester: Køleskab, Skabe\n"
                    + "Tilføj mindst én passende dag: Lørdag før kl. 12"));
    ParsedLead lead = ((ParseResult.Lead) result).fields();
    assertThat(lead.name()).isEqualTo("Åse Ærø-Østergård");
    assertThat(lead.address()).isEqualTo("Æblehaven 2");
    assertThat(lead.propertyType()).isEqualTo("Rækkehus");
    assertThat(lead.extras()).containsExactly("Køleskab", "Skabe");
    assertThat(lead.preferredDays()).isEqualTo("Lørdag før kl. 12");
    assertThat(lead.fullAddress()).isEqualTo("Æblehaven 2, 6000 Kolding");
  }

  @Test
  void parsedLeadToStringHoldsNoPersonalData() {
    ParseResult.Lead lead = (ParseResult.Lead) parseFixture("rengoringnu-standard.txt");
    assertThat(lead.toString())
        .doesNotContain("Mette")
        .doesNotContain("example.dk")
        .doesNotContain("22334455");
  }

  @Test
  void oddInputNeverThrows() {
    assertThat(parser.parse(new InboundEmail(null, null, null, null, null)))
        .isInstanceOf(ParseResult.class);
    assertThat(
            parser.parse(new InboundEmail("x@leadmail.no", "", "", ":::\n: :\nNavn:", List.of())))
        .isInstanceOf(ParseResult.class);
  }

  @Test
  void scrambledFixturesNeverThrow() throws Exception {
    java.util.Random random = new java.util.Random(42);
    List<String> fixtures =
        List.of(
            "rengoringnu-standard.txt",
            "rengoringnu-odd-spacing.txt",
            "leadpoint-flytning.txt",
            "adhelp-erhverv.txt",
            "website-clear.txt",
            "website-form.txt",
            "supplier-invoice.txt");
    for (int i = 0; i < 300; i++) {
      InboundEmail email = LeadEmailFixtures.load(fixtures.get(random.nextInt(fixtures.size())));
      StringBuilder body = new StringBuilder(email.bodyText());
      for (int j = 0; j < 20 && !body.isEmpty(); j++) {
        int at = random.nextInt(body.length());
        switch (random.nextInt(4)) {
          case 0 -> body.deleteCharAt(at);
          case 1 -> body.insert(at, ":\n");
          case 2 -> body.insert(at, "1.000.000.000.000 m2 99999999999 ");
          default -> body.insert(at, (char) (random.nextInt(0x250) + 1));
        }
      }
      InboundEmail scrambled =
          new InboundEmail(
              email.from(), email.fromName(), email.subject(), body.toString(), email.replyTo());
      ParseResult result = parser.parse(scrambled);
      assertThat(result).isNotNull();
      if (result instanceof ParseResult.Lead lead) {
        lead.source()
            .quoteRecipient(lead.fields(), scrambled.from())
            .ifPresent(r -> assertThat(EmailAddresses.isNeverSendTo(r)).isFalse());
      }
    }
  }

  @Test
  void portalFooterContactIsNotTakenAsTheName() {
    ParseResult result =
        parser.parse(
            new InboundEmail(
                "opgave-9@leadpoint.dk",
                "Rengøring Aarhus",
                "Ny opgave",
                "E-mail: lone@example.dk\nOpgave: Hovedrengøring\n\nKontakt: support@leadpoint.dk\nDato: 3. marts 2025"));
    ParsedLead lead = ((ParseResult.Lead) result).fields();
    assertThat(lead.name()).isNull();
    assertThat(lead.preferredDays()).isNull();
    assertThat(lead.email()).isEqualTo("lone@example.dk");
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A minimal Rengøring.nu lead with a contact and a service type, plus the given label lines
   * (first label wins).
   */
  private static InboundEmail portalMail(String extraLines) {
    return portalMailWithoutType(extraLines + "\nType af rengøring: Engangsopgave");
  }

  /** A minimal Rengøring.nu body with a contact, plus the given label lines (first label wins). */
  private static InboundEmail portalMailWithoutType(String extraLines) {
    return new InboundEmail(
        "noreply@leadmail.no",
        "Rengøring.nu",
        "Test Person fra Rengøring.nu",
        extraLines + "\nNavn: Test Person\nEmail: test@example.dk\nTelefon: 22 33 44 55\n");
  }

  private static final class ParsedLeads {
    static final ParsedLead EMPTY = withEmail(null);

    static ParsedLead withEmail(String email) {
      return new ParsedLead(
          "X",
          email,
          null,
          null,
          null,
          null,
          null,
          Map.of(),
          ServiceType.ONE_OFF,
          null,
          null,
          null,
          List.of());
    }
  }
}

package dk.renos.email.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One test per rendering rule of {@link HtmlToText}; the corpus covers whole real-world messages.
 */
class HtmlToTextTests {

  @Test
  void brAndBlockElementsEndTheLine() {
    assertThat(HtmlToText.convert("Hej<br>med<br/>dig<div>Linje</div><div>Næste</div>"))
        .isEqualTo("Hej\nmed\ndig\nLinje\nNæste\n");
  }

  @Test
  void gmailDivsWithAnEmptyBrLineKeepTheBlankLine() {
    assertThat(
            HtmlToText.convert("<div dir=\"ltr\">Hej<div><br></div><div>Tak for sidst</div></div>"))
        .isEqualTo("Hej\n\nTak for sidst\n");
  }

  @Test
  void paragraphsAndHeadingsAreSeparatedByOneBlankLine() {
    assertThat(HtmlToText.convert("<h1>Tilbud</h1><p>Første</p><p>Anden</p>"))
        .isEqualTo("Tilbud\n\nFørste\n\nAnden\n");
  }

  @Test
  void listItemsArePrefixedAndNestedListsIndented() {
    assertThat(
            HtmlToText.convert(
                "<p>Opgaver:</p><ul><li>Støvsugning</li><li><p>Vinduer</p>"
                    + "<ul><li>indvendigt</li><li>udvendigt</li></ul></li></ul><ol><li>Ovn</li></ol>"))
        .isEqualTo(
            """
            Opgaver:

            - Støvsugning
            - Vinduer
              - indvendigt
              - udvendigt

            - Ovn
            """);
  }

  @Test
  void linksShowTheirTargetOnlyWhenTheTextDiffers() {
    assertThat(
            HtmlToText.convert(
                "<p><a href=\"https://example.dk/tilbud?id=7\">Se tilbuddet</a> eller "
                    + "<a href=\"https://www.example.dk/\">example.dk</a>, <a href=\"mailto:info@example.dk\">info@example.dk</a>, "
                    + "<a href=\"tel:+4512345678\">12 34 56 78</a>, <a href=\"mailto:info@example.dk\">skriv</a>"
                    + "<a href=\"https://example.dk/logo\"><img src=\"cid:logo\" alt=\"Logo\"></a>"
                    + " <a href=\"#top\">top</a></p>"))
        .isEqualTo(
            "Se tilbuddet (https://example.dk/tilbud?id=7) eller example.dk, info@example.dk, "
                + "12 34 56 78, skriv (mailto:info@example.dk) top\n");
  }

  @Test
  void tableRowsAreLinesWithCellsSeparatedByBars() {
    assertThat(
            HtmlToText.convert(
                "<table><tr><th>Ydelse</th><th>Pris</th></tr>"
                    + "<tr><td><p>Hovedrengøring</p></td><td><p>1.745 kr.</p></td></tr>"
                    + "<tr><td>Vinduer</td><td></td><td>395 kr.</td></tr></table>"))
        .isEqualTo("Ydelse | Pris\nHovedrengøring | 1.745 kr.\nVinduer | 395 kr.\n");
  }

  @Test
  void aLabelCellEndingInAColonIsJoinedToItsValueBySpace() {
    assertThat(
            HtmlToText.convert(
                "<table><tr><td><b>Navn:</b></td><td>Søren Ærø</td></tr>"
                    + "<tr><td>Boligstørrelse:</td><td>98 m&sup2;</td></tr></table>"))
        .isEqualTo("Navn: Søren Ærø\nBoligstørrelse: 98 m²\n");
  }

  @Test
  void layoutTablesOfOneCellPerRowStackTheirParagraphs() {
    assertThat(
            HtmlToText.convert(
                "<table><tr><td align=\"center\"><table><tr><td><img src=\"cid:logo\"></td></tr>"
                    + "<tr><td><h1>Forårstilbud</h1><p>Kære kunde</p></td></tr><tr><td><p>Afmeld</p></td></tr></table>"
                    + "</td></tr></table>"))
        .isEqualTo("Forårstilbud\n\nKære kunde\n\nAfmeld\n");
  }

  @Test
  void outlookParagraphsAreLinesAndAnEmptyOneIsTheBlankLine() {
    assertThat(
            HtmlToText.convert(
                "<div class=WordSection1><p class=MsoNormal>Hej<o:p></o:p></p>"
                    + "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Tekst<o:p></o:p></p>"
                    + "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
                    + "<p class=MsoNormal>Venlig hilsen<o:p></o:p></p><p class=MsoNormal>Lars<o:p></o:p></p></div>"))
        .isEqualTo("Hej\n\nTekst\n\nVenlig hilsen\nLars\n");
  }

  @Test
  void headStyleScriptCommentsAndHiddenElementsAreDropped() {
    String html =
        """
        <html><head><title>Nyhedsbrev</title><style>p {color: red}</style>
        <!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></head>
        <body><script>alert(1)</script><div style="display: none; max-height:0">Preheader tekst</div>
        <!-- a comment --><p class=MsoNormal>Synlig<o:p></o:p></p><![if !supportLists]><![endif]></body></html>""";

    assertThat(HtmlToText.convert(html)).isEqualTo("Synlig\n");
  }

  @Test
  void entitiesAreDecoded() {
    assertThat(
            HtmlToText.convert(
                "&AElig;&aelig; &Oslash;&oslash; &Aring;&aring; &#230;&#xF8;&#229; "
                    + "&euro;&nbsp;5 &amp; &lt;tag&gt; &ldquo;citat&rdquo;"))
        .isEqualTo("Ææ Øø Åå æøå € 5 & <tag> “citat”\n");
  }

  @Test
  void whitespaceIncludingNoBreakSpacesCollapsesAndInvisibleCharactersGo() {
    assertThat(
            HtmlToText.convert(
                "<p>  Hej\n\t  med&nbsp;&nbsp;&nbsp;<b>dig</b> \n</p><p>&zwnj;&#8203;&shy;</p>"))
        .isEqualTo("Hej med dig\n");
  }

  @Test
  void neverMoreThanOneBlankLineAndTheResultIsTrimmed() {
    assertThat(
            HtmlToText.convert(
                "<br><br><p></p>Start<br><br><br><br><div><br></div><p>&nbsp;</p>Slut<br><br>"))
        .isEqualTo("Start\n\nSlut\n");
  }

  @Test
  void blockquotesAreQuotedLikePlainTextReplies() {
    assertThat(
            HtmlToText.convert(
                "<div>Svar</div><div class=\"gmail_quote\">Den 2. skrev Bo:<br>"
                    + "<blockquote>Spørgsmål<br><br><blockquote>Ældre</blockquote></blockquote></div>"))
        .isEqualTo("Svar\nDen 2. skrev Bo:\n\n> Spørgsmål\n>\n> > Ældre\n");
  }

  @Test
  void preKeepsItsLineBreaksAndSpaces() {
    assertThat(HtmlToText.convert("<p>Log:</p><pre>a   b\n  c</pre>"))
        .isEqualTo("Log:\n\na   b\n  c\n");
  }

  @Test
  void emptyOrTextlessHtmlIsEmpty() {
    assertThat(HtmlToText.convert("")).isEmpty();
    assertThat(HtmlToText.convert("<html><body><img src=\"cid:x\"><p>&nbsp;</p></body></html>"))
        .isEmpty();
  }
}

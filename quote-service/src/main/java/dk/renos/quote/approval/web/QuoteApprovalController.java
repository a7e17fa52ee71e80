package dk.renos.quote.approval.web;

import dk.renos.quote.approval.QuoteApproval;
import dk.renos.quote.mail.QuoteMails;
import dk.renos.quote.quotes.QuoteView;
import dk.renos.quote.quotes.QuoteViews;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The approval queue's actions: preview the exact mail, approve it (send), or reject it. */
@RestController
@RequestMapping("/api/quotes/{id}")
class QuoteApprovalController {

  private final QuoteMails mails;
  private final QuoteApproval approval;
  private final QuoteViews views;

  QuoteApprovalController(QuoteMails mails, QuoteApproval approval, QuoteViews views) {
    this.mails = mails;
    this.approval = approval;
    this.views = views;
  }

  /** The mail approval would send; prepared (slots, link) on the first call and kept. */
  @GetMapping("/preview")
  MailPreview preview(@PathVariable UUID id) {
    return MailPreview.of(mails.prepared(id));
  }

  @PostMapping("/approve")
  QuoteView approve(@PathVariable UUID id) {
    return views.view(approval.approve(id));
  }

  @PostMapping("/reject")
  QuoteView reject(@PathVariable UUID id, @Valid @RequestBody Rejection rejection) {
    return views.view(approval.reject(id, rejection.reason().strip()));
  }

  /**
   * @param reason why the quote is not sent (staff's words; kept on the quote and in QuoteRejected)
   */
  record Rejection(@NotNull @NotBlank @Size(max = 500) String reason) {}
}

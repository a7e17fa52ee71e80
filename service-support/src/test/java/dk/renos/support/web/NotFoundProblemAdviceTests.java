package dk.renos.support.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

class NotFoundProblemAdviceTests {

  private static final UUID ID = UUID.fromString("3f6c1d2e-0000-4000-8000-000000000001");

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.standaloneSetup(new DemoController())
            .setControllerAdvice(new NotFoundProblemAdvice(), new ValidationProblemDetailsAdvice())
            .build();
  }

  @Test
  void aMissingThingIsA404ProblemNamingItsKindAndId() throws Exception {
    mvc.perform(get("/api/quotes/" + ID))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("Quote not found"))
        .andExpect(jsonPath("$.detail").value("No quote " + ID))
        .andExpect(jsonPath("$.instance").value("/api/quotes/" + ID));
  }

  @Test
  void aKindOfSeveralWordsIsCapitalisedOnlyAtTheStart() throws Exception {
    mvc.perform(get("/api/emails/outgoing/42"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("Outgoing email not found"))
        .andExpect(jsonPath("$.detail").value("No outgoing email 42"))
        .andExpect(jsonPath("$.instance").value("/api/emails/outgoing/42"));
  }

  @RestController
  static class DemoController {

    @GetMapping("/api/quotes/{id}")
    String quote(@PathVariable UUID id) {
      throw new NotFoundException("quote", id);
    }

    @GetMapping("/api/emails/outgoing/{id}")
    String outgoing(@PathVariable long id) {
      throw new NotFoundException("outgoing email", id);
    }
  }
}

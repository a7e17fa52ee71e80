package dk.renos.support.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

class ValidationProblemDetailsAdviceTests {

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
    validator.afterPropertiesSet();
    mvc =
        MockMvcBuilders.standaloneSetup(new DemoController())
            .setControllerAdvice(new ValidationProblemDetailsAdvice())
            .setValidator(validator)
            .build();
  }

  @Test
  void invalidBodyListsEveryFieldOnce() throws Exception {
    mvc.perform(
            post("/demo")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"\",\"email\":\"nope\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.title").value("Bad Request"))
        .andExpect(jsonPath("$.instance").value("/demo"))
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("email"))
        .andExpect(jsonPath("$.errors[0].message").value("must be a well-formed email address"))
        .andExpect(jsonPath("$.errors[1].field").value("name"))
        .andExpect(jsonPath("$.errors[1].message").value("must not be blank"));
  }

  @Test
  void invalidRequestParametersAreReportedByTheirRequestNames() throws Exception {
    mvc.perform(get("/demo").param("page", "-1").param("size", "500"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("page"))
        .andExpect(jsonPath("$.errors[0].message").value("must be greater than or equal to 0"))
        .andExpect(jsonPath("$.errors[1].field").value("size"))
        .andExpect(jsonPath("$.errors[1].message").value("must be less than or equal to 100"));
  }

  @Test
  void typeMismatchIsAFieldError() throws Exception {
    mvc.perform(get("/demo").param("size", "abc"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("size"))
        .andExpect(jsonPath("$.errors[0].message").value("must be a valid int"));
  }

  @Test
  void pageParamsRejectBadPagingWithOneErrorPerParameter() throws Exception {
    mvc.perform(get("/demo/paged").param("page", "-1").param("size", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("page"))
        .andExpect(jsonPath("$.errors[0].message").value("must be greater than or equal to 0"))
        .andExpect(jsonPath("$.errors[1].field").value("size"))
        .andExpect(jsonPath("$.errors[1].message").value("must be greater than or equal to 1"));
    mvc.perform(get("/demo/paged").param("size", "abc"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("size"))
        .andExpect(jsonPath("$.errors[0].message").value("has an invalid format"));
    mvc.perform(get("/demo/paged").param("size", "101"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("must be less than or equal to 100"));
    mvc.perform(get("/demo/paged").param("page", "2").param("size", "100"))
        .andExpect(status().isOk())
        .andExpect(content().string("2/100"));
    mvc.perform(get("/demo/paged")).andExpect(status().isOk()).andExpect(content().string("0/20"));
  }

  @Test
  void missingParameterIsAFieldError() throws Exception {
    mvc.perform(get("/demo/required"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("q"))
        .andExpect(jsonPath("$.errors[0].message").value("is required"));
  }

  @Test
  void otherMvcErrorsAreProblemJsonToo() throws Exception {
    mvc.perform(post("/demo").contentType(MediaType.TEXT_PLAIN).content("x"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(415));
  }

  record DemoRequest(@NotBlank String name, @Email String email) {}

  @RestController
  static class DemoController {

    @PostMapping("/demo")
    String create(@Valid @RequestBody DemoRequest request) {
      return "ok";
    }

    @GetMapping("/demo")
    String list(
        @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
        @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
      return page + "/" + size;
    }

    @GetMapping("/demo/paged")
    String paged(@Valid PageParams paging) {
      var pageable = paging.toPageable(org.springframework.data.domain.Sort.unsorted());
      return pageable.getPageNumber() + "/" + pageable.getPageSize();
    }

    @GetMapping("/demo/required")
    String required(@RequestParam("q") String q) {
      return q;
    }
  }
}

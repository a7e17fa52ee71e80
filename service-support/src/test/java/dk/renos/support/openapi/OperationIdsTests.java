package dk.renos.support.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationIdsTests {

  @Test
  void operationIdsNameTheMethodAndThePathWithVariablesAsBy() {
    assertThat(OperationIds.operationId("get", "/api/leads")).isEqualTo("getLeads");
    assertThat(OperationIds.operationId("get", "/api/leads/{id}")).isEqualTo("getLeadsById");
    assertThat(OperationIds.operationId("post", "/api/quotes/{id}/accept"))
        .isEqualTo("postQuotesByIdAccept");
    assertThat(
            OperationIds.operationId(
                "post", "/api/admin/dead-letters/lead-service/{partition}/{offset}/replay"))
        .isEqualTo("postAdminDeadLettersLeadServiceByPartitionByOffsetReplay");
    assertThat(OperationIds.operationId("get", "/v3/other")).isEqualTo("getV3Other");
  }
}

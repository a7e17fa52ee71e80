package dk.renos.lead.customer.web;

import java.time.Instant;
import java.util.UUID;

import dk.renos.lead.customer.Customer;
import dk.renos.lead.customer.CustomerRepository;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
class CustomerController {

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

  private final CustomerRepository customers;

  CustomerController(CustomerRepository customers) {
    this.customers = customers;
  }

  @GetMapping
  PagedModel<CustomerView> list(@Valid PageParams paging) {
    return new PagedModel<>(customers.findAll(paging.toPageable(NEWEST_FIRST)).map(CustomerView::from));
  }

  record CustomerView(UUID id, String name, String email, String phone, String address, Instant createdAt) {

    static CustomerView from(Customer customer) {
      return new CustomerView(customer.getId(), customer.getName(), customer.getEmail(), customer.getPhone(),
          customer.getAddress(), customer.getCreatedAt());
    }
  }
}

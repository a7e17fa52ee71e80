package dk.renos.lead.customer.web;

import dk.renos.lead.customer.Customer;
import dk.renos.lead.customer.CustomerRepository;
import dk.renos.support.web.NotFoundException;
import dk.renos.support.web.PageParams;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
class CustomerController {

  private static final Logger log = LoggerFactory.getLogger(CustomerController.class);
  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

  private final CustomerRepository customers;

  CustomerController(CustomerRepository customers) {
    this.customers = customers;
  }

  @GetMapping
  PagedModel<CustomerView> list(@Valid PageParams paging) {
    PagedModel<CustomerView> page =
        new PagedModel<>(
            customers.findAll(paging.toPageable(NEWEST_FIRST)).map(CustomerView::from));
    log.info(
        "Customers page {} listed ({} of {})",
        page.getMetadata().number(),
        page.getContent().size(),
        page.getMetadata().totalElements());
    return page;
  }

  @GetMapping("/{id}")
  CustomerView get(@PathVariable UUID id) {
    CustomerView customer =
        customers
            .findById(id)
            .map(CustomerView::from)
            .orElseThrow(() -> new NotFoundException("customer", id));
    log.info("Customer {} read", id);
    return customer;
  }

  record CustomerView(
      UUID id, String name, String email, String phone, String address, Instant createdAt) {

    static CustomerView from(Customer customer) {
      return new CustomerView(
          customer.getId(),
          customer.getName(),
          customer.getEmail(),
          customer.getPhone(),
          customer.getAddress(),
          customer.getCreatedAt());
    }
  }
}

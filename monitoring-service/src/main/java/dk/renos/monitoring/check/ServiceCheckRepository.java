package dk.renos.monitoring.check;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface ServiceCheckRepository extends JpaRepository<ServiceCheck, Long> {

  /** The newest check of every service that has one. */
  @Query(
      value =
          "select distinct on (service) * from service_check order by service, checked_at desc, id desc",
      nativeQuery = true)
  List<ServiceCheck> findLatestPerService();

  Page<ServiceCheck> findByService(String service, Pageable pageable);

  @Transactional
  @Modifying
  @Query("delete from ServiceCheck c where c.checkedAt < :cutoff")
  int deleteOlderThan(Instant cutoff);
}

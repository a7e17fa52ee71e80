package dk.renos.testsupport;

/**
 * The roles a gateway token can carry (the same names as {@code dk.renos.support.security.Role},
 * which test-support cannot depend on).
 */
public enum Role {
  OWNER,
  STAFF,
  CLEANER,
  SERVICE
}

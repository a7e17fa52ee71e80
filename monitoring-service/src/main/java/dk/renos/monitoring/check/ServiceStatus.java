package dk.renos.monitoring.check;

public enum ServiceStatus {
  UP,
  DOWN,
  UNKNOWN
}

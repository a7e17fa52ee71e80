package dk.renos.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The gateway's first staff login. Taken from RENOS_ADMIN_PASSWORD when set; otherwise generated
 * once per data folder and kept in {@code secrets/admin-password} (mode 600), never in the repo.
 */
final class AdminPassword {

    private AdminPassword() {
    }

    static String resolve(StackConfig config, Map<String, String> env) {
        String configured = env.get("RENOS_ADMIN_PASSWORD");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = file(config);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            byte[] random = new byte[15];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, password + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the admin password in " + file, e);
        }
    }

    static Path file(StackConfig config) {
        return config.secretsDir().resolve("admin-password");
    }
}

package dev.incidents.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.incidents.core.contract.ContractChecks;
import dev.incidents.core.json.IncidentJson;
import dev.incidents.core.json.SchemaValidator;
import dev.incidents.core.model.ExtractionResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares each seed's extraction with its reviewed {@code <id>.expected.json}. On a mismatch it
 * writes {@code <id>.received.json} beside it and prints a line diff. {@code -Dgolden=overwrite}
 * rewrites the expected files instead, except when {@code CI=true}.
 */
class GoldenFilesIT {
  static Stream<String> seeds() {
    return Seeds.ids().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void matchesItsGoldenFile(String id) throws IOException {
    ExtractionResult result = Seeds.result(id);
    String received = IncidentJson.toPrettyJson(result);
    Path expected = Seeds.dir().resolve(id + ".expected.json");
    Path receivedFile = Seeds.dir().resolve(id + ".received.json");
    if ("overwrite".equals(System.getProperty("golden"))) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("golden files cannot be regenerated when CI=true");
      }
      Files.writeString(expected, received, StandardCharsets.UTF_8);
      Files.deleteIfExists(receivedFile);
      return;
    }
    if (!Files.exists(expected)) {
      Files.writeString(receivedFile, received, StandardCharsets.UTF_8);
      fail("no golden file " + expected + "; review " + receivedFile + " and rename it, or run with -Dgolden=overwrite");
    }
    String want = Files.readString(expected, StandardCharsets.UTF_8);
    if (!want.equals(received)) {
      Files.writeString(receivedFile, received, StandardCharsets.UTF_8);
      fail("output of " + id + " differs from its golden file (received written to " + receivedFile + "):\n"
          + LineDiff.diff(want, received));
    }
    Files.deleteIfExists(receivedFile);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isSchemaValidAndKeepsTheContract(String id) {
    ExtractionResult result = Seeds.result(id);
    assertThat(SchemaValidator.validate(IncidentJson.toPrettyJson(result))).isEmpty();
    ContractChecks.assertValid(result, Seeds.text(id));
    assertThat(IncidentJson.readResult(IncidentJson.toPrettyJson(result))).isEqualTo(result);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedArticlesAreKeptByteForByte(String id) throws Exception {
    byte[] bytes = Files.readAllBytes(Seeds.dir().resolve(id + ".txt"));
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    String hex = java.util.HexFormat.of().formatHex(sha.digest(bytes));
    assertThat(hex).isEqualTo(SHA256.get(id));
  }

  /** The seed articles' SHA-256 as delivered (001 keeps its encoding damage). */
  private static final java.util.Map<String, String> SHA256 = java.util.Map.of(
      "000_b4ddf5fa8740c1f9", "eb3a7d8ccacb2f742fd3f97a89a4463b8995f54989363122b328f618d7dce611",
      "001_d599d36af9f05add", "7bfc228d39684f20211600acd86325b1421e6733ce5f9b107f35ec1b50fe27bb",
      "002_51cda0a701664ad7", "0e3b53216fea4c918dfcbdb830c3719cae6e3a498f8b3fe3dfeb2de79c2262f7",
      "003_9dd2a45c3307a1bf", "343a99d1c214fcbcebbdc2da722aff47d1d1880380b221b12c0c79e7066c5c5a",
      "004_40520dd916855166", "dcd0e98cfb3c66b0d9776e7801efd98216496427efb7fe200e28168b35064a3a");

}

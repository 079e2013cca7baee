package org.interdict.server.scans;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.interdict.catalog.Profile;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.server.http.Uploads;
import org.interdict.store.Database;
import org.interdict.store.Json;
import org.interdict.store.Page;
import org.interdict.store.scans.ScanJob;
import org.interdict.store.scans.ScanJobRepository;

/**
 * {@code /api/v1/scans}: upload an inventory (multipart field {@code file}), list jobs, show one
 * job.
 */
public final class ScanApi {
  private static final Set<String> FORM_FIELDS = Set.of("profile", "asOf", "host");
  private static final TypeReference<List<Map<String, Object>>> ERRORS = new TypeReference<>() {};
  private final Database db;
  private final ScanService service;
  private final Clock clock;
  private final long maxUploadBytes;
  private final ScanJobRepository jobs = new ScanJobRepository();

  public ScanApi(Database db, ScanService service, Clock clock, long maxUploadBytes) {
    this.db = db;
    this.service = service;
    this.clock = clock;
    this.maxUploadBytes = maxUploadBytes;
  }

  public void register(Routes routes) {
    routes
        .post("/api/v1/scans", this::upload, Role.ANALYST)
        .get("/api/v1/scans", this::list, Role.VIEWER)
        .get("/api/v1/scans/{id}", this::show, Role.VIEWER);
  }

  record Progress(long bytesRead, long totalBytes, long records, long findings, long errors) {}

  record JobBody(
      String id,
      String fileName,
      String format,
      String status,
      String reason,
      String profile,
      String asOf,
      String host,
      String createdAt,
      String startedAt,
      String finishedAt,
      Progress progress,
      List<Map<String, Object>> errors) {
    static JobBody of(ScanJob j) {
      var p = j.progress();
      return new JobBody(
          j.id(),
          j.fileName(),
          j.format(),
          j.status().id(),
          j.reason().isEmpty() ? null : j.reason(),
          j.profile(),
          j.asOf().toString(),
          j.host().isEmpty() ? null : j.host(),
          Timestamps.format(j.createdAt()),
          Timestamps.format(j.startedAt()),
          Timestamps.format(j.finishedAt()),
          new Progress(p.bytesRead(), p.totalBytes(), p.records(), p.findings(), p.errors()),
          Json.read(j.errorList(), ERRORS));
    }
  }

  record Listing(List<JobBody> items, int page, int pageSize, long total) {}

  private void upload(Context ctx) throws IOException {
    Params.of(ctx, Set.of());
    if (!ctx.isMultipartFormData()) {
      throw new ApiProblem(
          415,
          "unsupported-media-type",
          "Unsupported media type",
          "upload the inventory as multipart/form-data with the file in field 'file'");
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxUploadBytes + 64 * 1024) {
      throw ApiProblem.payloadTooLarge(
          "uploads are limited to " + maxUploadBytes + " bytes; this one is " + declared);
    }
    Set<String> unknown;
    Set<String> fileFields;
    try {
      unknown = new TreeSet<>(ctx.formParamMap().keySet());
      fileFields = new TreeSet<>(ctx.uploadedFileMap().keySet());
    } catch (Exception e) { // Jetty's IOException arrives unchecked through Kotlin
      ApiProblem tooLarge = Uploads.tooLarge(e);
      throw tooLarge != null
          ? tooLarge
          : ApiProblem.invalidParameter(
              "the multipart/form-data body cannot be " + "parsed: " + e.getMessage());
    }
    unknown.removeAll(FORM_FIELDS);
    unknown.remove("file");
    fileFields.remove("file");
    unknown.addAll(fileFields);
    if (!unknown.isEmpty()) {
      throw ApiProblem.unknownParameter(
          "unknown form field(s) "
              + unknown
              + "; expected 'file' and optionally "
              + new TreeSet<>(FORM_FIELDS));
    }
    List<UploadedFile> files = ctx.uploadedFiles("file");
    if (files.size() != 1) {
      throw ApiProblem.invalidParameter(
          "send exactly one file in form field 'file', got " + files.size());
    }
    UploadedFile file = files.get(0);
    String profile = field(ctx, "profile").orElse("us-person");
    if (service.scanner().catalog().profile(profile).isEmpty()) {
      throw ApiProblem.invalidParameter(
          "unknown profile '"
              + profile
              + "'; expected one of "
              + service.scanner().catalog().profiles().stream().map(Profile::id).toList());
    }
    LocalDate asOf =
        field(ctx, "asOf").map(v -> Params.date("'asOf'", v)).orElseGet(() -> LocalDate.now(clock));
    String host = field(ctx, "host").orElse("");
    String name = file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
    ScanJob job;
    try (InputStream content = file.content()) {
      job =
          service.upload(
              Principal.of(ctx),
              content,
              new ScanService.UploadRequest(name, profile, asOf, host),
              maxUploadBytes);
    }
    ctx.status(202).header("Location", "/api/v1/scans/" + job.id()).json(JobBody.of(job));
  }

  private static java.util.Optional<String> field(Context ctx, String name) {
    List<String> values = ctx.formParams(name);
    if (values.size() > 1) {
      throw ApiProblem.invalidParameter(
          "form field '" + name + "' is given " + values.size() + " times");
    }
    return values.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst();
  }

  private void list(Context ctx) {
    Params params = Params.paged(ctx);
    Page<ScanJob> page = db.jdbi().withHandle(h -> jobs.list(h, params.page(), params.pageSize()));
    ctx.json(
        new Listing(
            page.items().stream().map(JobBody::of).toList(),
            page.page(),
            page.pageSize(),
            page.total()));
  }

  private void show(Context ctx) {
    Params.of(ctx, Set.of());
    String id = ctx.pathParam("id");
    ScanJob job =
        db.jdbi()
            .withHandle(h -> jobs.find(h, id))
            .orElseThrow(() -> ApiProblem.notFound("no scan job with id '" + id + "'"));
    ctx.json(JobBody.of(job));
  }
}

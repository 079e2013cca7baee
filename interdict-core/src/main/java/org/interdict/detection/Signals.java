package org.interdict.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.catalog.Context;
import org.interdict.catalog.Product;
import org.interdict.catalog.Vendor;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;

/**
 * What one record's fields said about catalog products, gathered before deciding, so that the
 * decision can weigh all of them and cite every one that agrees. One instance per record; not
 * thread-safe.
 */
final class Signals {
  private final SoftwareRecord record;
  private Product identifiedProduct;
  private final List<Evidence> identifierEvidence = new ArrayList<>();
  private Vendor identifiedVendor;
  private final List<Evidence> vendorIdentifierEvidence = new ArrayList<>();
  NamePattern namePattern;
  Vendor nameVendor;
  Vendor publisherVendor;

  Signals(SoftwareRecord record) {
    this.record = record;
  }

  void identifier(Optional<Product> product, String field, String value, String signal) {
    if (product.isEmpty()) {
      return;
    }
    if (identifiedProduct == null) {
      identifiedProduct = product.get();
    }
    if (identifiedProduct.equals(product.get())) {
      identifierEvidence.add(new Evidence(field, value, signal + ":" + product.get().id()));
    }
  }

  void vendorIdentifier(Vendor vendor, String field, String value, String signal) {
    if (identifiedVendor == null) {
      identifiedVendor = vendor;
    }
    if (identifiedVendor.equals(vendor)) {
      vendorIdentifierEvidence.add(new Evidence(field, value, signal + ":" + vendor.id()));
    }
  }

  Optional<Detection> decide(Detector detector) {
    Product product;
    Confidence confidence;
    if (identifiedProduct != null) {
      product = identifiedProduct;
      confidence = Confidence.HIGH;
    } else if (namePattern != null) {
      product = namePattern.product();
      confidence =
          product.vendor().equals(publisherVendorId()) ? Confidence.HIGH : Confidence.MEDIUM;
    } else {
      Vendor vendor =
          identifiedVendor != null
              ? identifiedVendor
              : publisherVendor != null ? publisherVendor : nameVendor;
      if (vendor == null) {
        return Optional.empty();
      }
      Optional<Product> unclassified = detector.unclassified(vendor);
      if (unclassified.isEmpty()) {
        return Optional.empty();
      }
      product = unclassified.get();
      confidence =
          identifiedVendor != null || publisherVendor != null ? Confidence.MEDIUM : Confidence.LOW;
    }
    return Optional.of(build(detector, product, confidence));
  }

  private String publisherVendorId() {
    return publisherVendor == null ? "" : publisherVendor.id();
  }

  private Detection build(Detector detector, Product product, Confidence confidence) {
    Vendor vendor = detector.vendorOf(product);
    List<Evidence> evidence = new ArrayList<>(identifierEvidence);
    if (namePattern != null && namePattern.product().equals(product)) {
      evidence.add(
          new Evidence(
              "name", record.name(), "name:" + product.id() + " '" + namePattern.text() + "'"));
    } else if (vendor.equals(nameVendor)) {
      evidence.add(new Evidence("name", record.name(), "name-stem:" + vendor.id()));
    }
    if (vendor.equals(identifiedVendor)) {
      evidence.addAll(vendorIdentifierEvidence);
    }
    if (vendor.equals(publisherVendor)) {
      evidence.add(new Evidence("publisher", record.publisher(), "publisher:" + vendor.id()));
    }
    Context context = Context.INSTALLED;
    if (!record.parentName().isEmpty() && !detector.mentions(record.parentName(), vendor)) {
      context = Context.INTEGRATED;
      evidence.add(
          new Evidence("parentName", record.parentName(), "inside-other-product:" + vendor.id()));
    } else if (record.kind() != RecordKind.SBOM_COMPONENT
        && !record.publisher().isEmpty()
        && publisherVendor != vendor
        && !detector.mentions(record.publisher(), vendor)) {
      context = Context.INTEGRATED;
      evidence.add(
          new Evidence(
              "publisher", record.publisher(), "published-by-other-vendor:" + vendor.id()));
    }
    return new Detection(product, vendor, context, confidence, evidence);
  }
}

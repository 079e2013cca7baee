package org.interdict.catalog;

import java.util.List;

/**
 * Checks the references between catalog parts, so that a data mistake fails at load, not mid-scan.
 */
final class CatalogValidator {
  private CatalogValidator() {}

  static void validate(Catalog catalog) {
    for (Product product : catalog.products()) {
      if (catalog.vendor(product.vendor()).isEmpty()) {
        throw new CatalogException(
            "product " + product.id() + ": unknown vendor '" + product.vendor() + "'");
      }
    }
    for (Regime regime : catalog.regimes()) {
      for (String vendor : regime.coverage().vendors()) {
        if (catalog.vendor(vendor).isEmpty()) {
          throw new CatalogException("regime " + regime.id() + ": unknown vendor '" + vendor + "'");
        }
      }
      for (Review review : regime.coverage().reviews()) {
        if (!review.product().isEmpty() && catalog.product(review.product()).isEmpty()) {
          throw new CatalogException(
              "regime " + regime.id() + ": review of unknown product '" + review.product() + "'");
        }
        checkContexts(
            regime, "review of " + review.product() + review.category(), review.contexts());
      }
      for (Obligation obligation : regime.obligations()) {
        for (String profile : obligation.profiles()) {
          if (!profile.equals("*") && catalog.profile(profile).isEmpty()) {
            throw new CatalogException(
                "regime "
                    + regime.id()
                    + ", obligation "
                    + obligation.id()
                    + ": unknown profile '"
                    + profile
                    + "'");
          }
        }
        checkContexts(regime, "obligation " + obligation.id(), obligation.contexts());
        for (String vendor : obligation.vendors()) {
          if (!regime.coverage().vendors().contains(vendor)) {
            throw new CatalogException(
                "regime "
                    + regime.id()
                    + ", obligation "
                    + obligation.id()
                    + ": vendor '"
                    + vendor
                    + "' is not among the regime's coverage vendors");
          }
        }
      }
    }
  }

  private static void checkContexts(Regime regime, String part, List<String> contexts) {
    for (String context : contexts) {
      if (!Context.isId(context)) {
        throw new CatalogException(
            "regime "
                + regime.id()
                + ", "
                + part
                + ": unknown context '"
                + context
                + "'; expected "
                + String.join(" or ", Context.IDS));
      }
    }
  }
}

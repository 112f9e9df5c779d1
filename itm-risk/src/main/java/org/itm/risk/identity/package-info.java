/**
 * Identity governance: who can do what in which system, which access is wrong (orphaned or dormant accounts,
 * segregation-of-duties conflicts, privilege beyond one's peers), and the changes that put it right.
 *
 * <p>The entry point is {@link org.itm.risk.identity.AccessModel#of AccessModel.of}: a snapshot of
 * {@link org.itm.risk.identity.Identity identities}, {@link org.itm.risk.identity.Account accounts} and nested
 * {@link org.itm.risk.identity.Role roles}, whose findings say where each entitlement comes from
 * ({@link org.itm.risk.identity.Grant}). {@link org.itm.risk.identity.CertificationCampaign} runs an access review
 * and yields the revocations; {@link org.itm.risk.identity.BirthrightRules} turn joiner, mover and leaver events
 * into {@link org.itm.risk.identity.AccessChange}s.
 *
 * <pre>{@code
 * Identity ann = new Identity("ann", "Ann Lee", IdentityType.EMPLOYEE, IdentityStatus.ACTIVE, "finance",
 *         "ap-clerk", Optional.of("bob"));
 * Identity carl = new Identity("carl", "Carl Roy", IdentityType.EMPLOYEE, IdentityStatus.TERMINATED, "finance",
 *         "ap-clerk", Optional.of("bob"));
 * Instant now = Instant.parse("2027-03-01T00:00:00Z");
 * AccessModel model = AccessModel.of(List.of(ann, carl), List.of(
 *         new Account("acc-1", "erp", Optional.of("ann"), true, Optional.of(now.minus(Duration.ofDays(2))),
 *                 Set.of("erp:create-vendor"), Set.of("ap-clerk")),
 *         new Account("acc-2", "erp", Optional.of("carl"), true, Optional.of(now.minus(Duration.ofDays(200))),
 *                 Set.of(), Set.of("ap-clerk"))),
 *         List.of(Role.of("ap-clerk", "erp:pay-vendor")));
 *
 * List<SodViolation> sod = model.sodViolations(List.of(
 *         SodPolicy.between("SOD-1", "create vs pay vendor", "erp:create-vendor", "erp:pay-vendor")));
 * // "ann breaks SOD-1 (create vs pay vendor): erp:create-vendor on acc-1 (direct);
 * //  erp:pay-vendor on acc-1 via role ap-clerk"
 * List<AccountFinding> orphaned = model.orphanedAccounts();
 * // acc-2: "owner carl is terminated but the account is enabled"
 * List<AccountFinding> dormant = model.dormantAccounts(90, now);   // acc-2, last login 200 days ago
 *
 * CertificationCampaign review = CertificationCampaign.open("Q1-2027", LocalDate.of(2027, 3, 31), true, model,
 *         List.of(ann), CertificationCampaign.byManager());         // items Q1-2027-1 and -2, reviewer bob
 * review.decide("Q1-2027-1", "bob", CertificationCampaign.Verdict.REVOKE);
 * List<AccessChange> revocations = review.close(LocalDate.of(2027, 3, 31));
 * // revoke erp:create-vendor ("revoked by bob in Q1-2027") and, undecided, erp:pay-vendor (revoke on expiry)
 * }</pre>
 */
@NullMarked
package org.itm.risk.identity;

import org.jspecify.annotations.NullMarked;

package org.itm.risk.inventory;

import java.util.List;
import org.itm.core.validation.Checks;

/**
 * The result of reading an SBOM: the inventory of every accepted component and each rejected one with its reasons.
 *
 * @param inventory the accepted components
 * @param rejected  components that were not taken, with the JSON path of each bad field
 * @since 0.1
 */
public record InventoryImport(SoftwareInventory inventory, List<ImportRejection> rejected) {

    /**
     * Checks the components and copies the rejections.
     *
     * @param inventory the accepted components
     * @param rejected  components that were not taken, with the JSON path of each bad field
     * @throws org.itm.core.ItmValidationException naming {@code inventory} or {@code rejected} when null
     */
    public InventoryImport {
        Checks.notNull(inventory, "inventory");
        rejected = List.copyOf(Checks.notNull(rejected, "rejected"));
    }
}

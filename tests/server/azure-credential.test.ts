import { DefaultAzureCredential, ManagedIdentityCredential } from "@azure/identity";
import { cosmosCredential } from "../../server/azure-credential";

describe("cosmosCredential", () => {
  it("userAssignedManagedIdentityBot_usesThatManagedIdentity", () => {
    const credential = cosmosCredential({
      appId: "6f1c7f0e-1111-4222-8333-944445555666",
      appType: "UserAssignedMSI",
    });

    expect(credential).toBeInstanceOf(ManagedIdentityCredential);
  });

  it("singleTenantBot_fallsBackToTheDefaultCredentialChain", () => {
    const credential = cosmosCredential({
      appId: "6f1c7f0e-1111-4222-8333-944445555666",
      appType: "SingleTenant",
    });

    expect(credential).toBeInstanceOf(DefaultAzureCredential);
    expect(credential).not.toBeInstanceOf(ManagedIdentityCredential);
  });
});

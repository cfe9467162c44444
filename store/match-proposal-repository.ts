import type { Container } from "@azure/cosmos";
import { matchProposalId, type MatchProposal } from "../core/matching/match-proposal";
import type { MatchProposalRepository, Versioned } from "../core/ports";
import { WaveDocuments } from "./wave-documents";

/** HR's working proposal: one document per wave (deterministic id), changed under its ETag. */
export class CosmosMatchProposalRepository implements MatchProposalRepository {
  private readonly docs: WaveDocuments<MatchProposal>;

  constructor(container: Container) {
    this.docs = new WaveDocuments(container, "proposal", "This wave's proposal");
  }

  get(waveId: string): Promise<Versioned<MatchProposal> | undefined> {
    return this.docs.get(waveId, matchProposalId(waveId));
  }

  create(proposal: MatchProposal): Promise<Versioned<MatchProposal>> {
    return this.docs.create(proposal.waveId, matchProposalId(proposal.waveId), proposal);
  }

  replace(proposal: MatchProposal, etag: string): Promise<Versioned<MatchProposal>> {
    return this.docs.replace(proposal.waveId, matchProposalId(proposal.waveId), proposal, etag);
  }
}
